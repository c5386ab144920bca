import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";

// The audit log records each review with who made it and the status before and after, in the review's transaction;
// a refused review records nothing.
const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const { addReview } = await import("@/server/reviews");
const { auditEntries } = await import("@/server/audit");
const { ForbiddenError } = await import("@/server/errors");

const EDITOR = { userId: "u-ed", name: "Ada", role: "editor" as const };
const VIEWER = { userId: "u-vi", name: "Vic", role: "viewer" as const };

let groupKey = "";
let story = "";
beforeEach(async () => {
  await freshStore();
  await importDocuments(storyDocuments("calder"));
  const group = await db().claimGroup.findFirstOrThrow({ where: { verdict: "discrepancy" }, orderBy: { id: "asc" } });
  groupKey = group.key;
  story = group.story;
});
afterAll(removeStores);

describe("the audit log", () => {
  it("records each review with its actor, story, and the status and note before and after", async () => {
    await addReview({ groupKey, status: "disputed", note: "first look" }, EDITOR);
    await addReview({ groupKey, status: "confirmed", note: "checked" });
    const entries = (await auditEntries({ story })).filter((e) => e.action === "review");
    expect(entries.map((e) => [e.action, e.target, e.actorId, e.actorName, e.before, e.after])).toEqual([
      [
        "review",
        groupKey,
        null,
        "local editor",
        { status: "disputed", note: "first look" },
        { status: "confirmed", note: "checked" },
      ],
      ["review", groupKey, "u-ed", "Ada", null, { status: "disputed", note: "first look" }],
    ]);
    expect(await auditEntries({ targets: [groupKey] })).toHaveLength(2);
    expect(await auditEntries({ story: "s-none" })).toEqual([]);
  });

  it("refuses a viewer's review with 403 and records nothing", async () => {
    const refused = addReview({ groupKey, status: "confirmed" }, VIEWER);
    await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
    await expect(refused).rejects.toThrow("this needs the editor role; Vic is viewer");
    expect(await db().review.count()).toBe(0);
    expect(await db().auditEntry.count({ where: { action: "review" } })).toBe(0);
  });
});
