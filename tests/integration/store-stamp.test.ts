import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";

// Reads kept per store stamp (server/store-stamp.ts): shared until a write moves the stamp, never across stores.
const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const { addReview } = await import("@/server/reviews");
const { memoised, storeStamp } = await import("@/server/store-stamp");
const { filteredGroups } = await import("@/server/story-groups");
const { listStories, createStory } = await import("@/server/stories");
const { LOCAL_ACTOR } = await import("@/server/actor");

beforeEach(async () => {
  await freshStore();
  await importDocuments(storyDocuments("calder"));
});
afterAll(removeStores);

describe("reads kept per store stamp", () => {
  it("are read once while nothing is written, and again after any audited write", async () => {
    let reads = 0;
    const read = () => memoised("test-read", async () => ++reads);
    expect([await read(), await read()]).toEqual([1, 1]);
    const before = await storeStamp();
    await createStory(LOCAL_ACTOR, { title: "Another story" });
    expect(await storeStamp()).toBeGreaterThan(before);
    expect(await read()).toBe(2);
  });

  it("are not shared with another store, nor kept when the read fails", async () => {
    let reads = 0;
    const read = () => memoised("test-store", async () => ++reads);
    expect(await read()).toBe(1);
    await freshStore();
    expect(await read()).toBe(2);
    let fail = true;
    const failing = () =>
      memoised("test-fail", async () => {
        if (fail) throw new Error("store busy");
        return "read";
      });
    await expect(failing()).rejects.toThrow("store busy");
    fail = false;
    expect(await failing()).toBe("read");
  });

  it("show a review in a story's group list and a new story in the list at once", async () => {
    const story = (await listStories())[0]!.id;
    const first = (await filteredGroups(story, {})).groups[0]!;
    expect(first.latestReview).toBeNull();
    await addReview({ groupKey: first.key, status: "disputed", note: "checked" });
    const after = (await filteredGroups(story, {})).groups.find((g) => g.key === first.key)!;
    expect(after.latestReview?.status).toBe("disputed");
    await createStory(LOCAL_ACTOR, { title: "Another story" });
    expect((await listStories()).map((s) => s.title)).toContain("Another story");
    expect(await db().auditEntry.count()).toBe(await storeStamp());
  });
});
