import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments, textDocument } from "../helpers/stories";

// A group's key is a hash of its members, so it changes when a claim joins. Re-analysis records where each retired
// key now leads, so links and bookmarks to a group keep arriving, however often the group changes.
const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const { resolveGroupKey } = await import("@/server/groups");

beforeEach(async () => {
  await freshStore();
  await importDocuments(storyDocuments("calder"));
});
afterAll(removeStores);

const contractKey = async () =>
  (
    await db().claimGroup.findFirstOrThrow({
      where: { claims: { some: { text: { contains: "$4 million" }, article: { outlet: { name: "North Wire" } } } } },
    })
  ).key;

const reporting = (file: string, outlet: string) =>
  textDocument(file, outlet, "2024-06-05", [
    `${outlet} on the Calder harbour bridge contract`,
    "The contract for the repairs is worth $4 million, the port authority said.",
  ]);

describe("group aliases", () => {
  it("lead a key retired twice straight to the group that holds its claims now", async () => {
    const first = await contractKey();
    await importDocuments([reporting("calder-d.txt", "East Courier")]);
    const second = await contractKey();
    await importDocuments([reporting("calder-e.txt", "West Ledger")]);
    const third = await contractKey();
    expect(new Set([first, second, third]).size).toBe(3);
    expect(await resolveGroupKey(first)).toEqual({ key: third, moved: true, story: null });
    expect(await resolveGroupKey(second)).toEqual({ key: third, moved: true, story: null });
    expect(await db().groupAlias.count({ where: { targetKey: { not: third }, key: { in: [first, second] } } })).toBe(0);
  });

  it("are not written when an import leaves a story's groups as they were", async () => {
    await importDocuments([
      textDocument("other.txt", "Far Post", "2024-06-05", ["Snow closes mountain pass", "Snow closed the pass."]),
    ]);
    expect(await db().groupAlias.count()).toBe(0);
  });
});

describe("recording aliases for a large story", () => {
  it("handles more retired and live keys than one statement may bind (SQLite binds at most 999 values)", async () => {
    const { recordAliases } = await import("@/server/store-analysis");
    const key = (prefix: string, i: number) => `${prefix}${String(i).padStart(19, "0")}`;
    const before = Array.from({ length: 1_200 }, (_, i) => ({ key: key("a", i), claimKeys: [`c${i}`] }));
    const after = Array.from({ length: 1_200 }, (_, i) => ({ key: key("b", i), claimKeys: [`c${i}`] }));
    await db().$transaction((tx) => recordAliases(tx, before, after), { timeout: 60_000 });
    expect(await db().groupAlias.count()).toBe(1_200);
    expect(await resolveGroupKey(key("a", 1_199))).toEqual({ key: key("b", 1_199), moved: true, story: null });
  });
});
