import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";

// The history of reviews: what each review replaced (in the audit log), who may review, how a retired key is
// refused, and which reviews of retired groups a group shows. Retired groups are written here as alias rows by hand,
// so each case (merged here, split off elsewhere, unrelated) is exactly the one under test.
const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const { addReview, earlierReviews } = await import("@/server/reviews");
const { ConflictError, ForbiddenError } = await import("@/server/errors");

beforeEach(async () => {
  await freshStore();
  await importDocuments(storyDocuments("calder"));
});
afterAll(removeStores);

async function groupWith(phrase: string) {
  const claim = await db().claim.findFirstOrThrow({
    where: { text: { contains: phrase } },
    orderBy: { id: "asc" },
    include: { group: true },
  });
  return claim.group!;
}

describe("reviewing a group", () => {
  it("records each review with the status and note it replaced on that group, not on another", async () => {
    const contract = await groupWith("$4 million");
    const opening = await groupWith("March 1987");
    await addReview({ groupKey: opening.key, status: "needs-follow-up", note: "ask the port" });
    await addReview({ groupKey: opening.key, status: "disputed", note: "the year differs" });
    await addReview({ groupKey: contract.key, status: "confirmed" });
    await addReview({ groupKey: opening.key, status: "confirmed", note: "settled" });
    const entries = await db().auditEntry.findMany({ where: { action: "review" }, orderBy: { id: "asc" } });
    expect(entries.map((e) => [e.action, e.target, e.story, e.before, e.after])).toEqual([
      ["review", opening.key, opening.story, null, { status: "needs-follow-up", note: "ask the port" }],
      [
        "review",
        opening.key,
        opening.story,
        { status: "needs-follow-up", note: "ask the port" },
        { status: "disputed", note: "the year differs" },
      ],
      ["review", contract.key, contract.story, null, { status: "confirmed", note: "" }],
      [
        "review",
        opening.key,
        opening.story,
        { status: "disputed", note: "the year differs" },
        { status: "confirmed", note: "settled" },
      ],
    ]);
  });

  it("refuses a viewer, naming the role it needs, and stores nothing", async () => {
    const group = await groupWith("$4 million");
    const viewer = { userId: "u1", name: "Pat", role: "viewer" as const };
    const refused = addReview({ groupKey: group.key, status: "confirmed" }, viewer);
    await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
    await expect(refused).rejects.toThrow("this needs the editor role; Pat is viewer");
    expect(await db().review.count()).toBe(0);
  });

  it("refuses a retired key with the whole message: where its claims went and what to do", async () => {
    const group = await groupWith("$4 million");
    const retired = "a".repeat(20);
    await db().groupAlias.create({ data: { key: retired, targetKey: group.key, claimKeys: ["k1"] } });
    const refused = addReview({ groupKey: retired, status: "confirmed" });
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toThrow(
      `group ${retired} changed when its story was re-analysed; its claims are now mostly in group ${group.key}: ` +
        "open that group and review it there",
    );
  });
});

describe("earlier reviews of a group", () => {
  const GROUP = "0".repeat(20);
  const NOW = ["k1", "k2", "k3"];
  const retire = (key: string, targetKey: string, claimKeys: string[]) =>
    db().groupAlias.create({ data: { key, targetKey, claimKeys } });
  const review = (groupKey: string, note: string, minute: number) =>
    db().review.create({
      data: { groupKey, status: "disputed", note, createdAt: new Date(Date.UTC(2024, 5, 1, 10, minute)) },
    });

  it("are none when no group was retired", async () => {
    await review(GROUP, "on the group itself", 0);
    expect(await earlierReviews(GROUP, NOW)).toEqual([]);
  });

  it("are those of groups merged into it or sharing a claim with it, newest first, with what changed", async () => {
    await retire("merged-sharing", GROUP, ["k1", "x1"]);
    await retire("merged-apart", GROUP, ["z1"]);
    await retire("split-sharing", "1".repeat(20), ["k3", "y1"]);
    await retire("unrelated", "2".repeat(20), ["q1"]);
    await review("merged-sharing", "first", 1);
    await review("split-sharing", "second", 2);
    await review("merged-apart", "third", 3);
    await review("unrelated", "not this group's", 4);
    await review(GROUP, "on the group itself", 5);
    const earlier = await earlierReviews(GROUP, NOW);
    expect(earlier.map((r) => [r.groupKey, r.note, r.joined, r.left])).toEqual([
      ["merged-apart", "third", ["k1", "k2", "k3"], ["z1"]],
      ["split-sharing", "second", ["k1", "k2"], ["y1"]],
      ["merged-sharing", "first", ["k2", "k3"], ["x1"]],
    ]);
  });
});
