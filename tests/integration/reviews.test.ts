import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments, textDocument } from "../helpers/stories";
import { UNRELATED } from "../helpers/invariants";

// Reviews hang on a group's key. These tests store the synthetic Calder story, review a group, then import a NEW
// article that joins the story, so that the story is re-analysed and its derived rows rewritten, and read the review
// back; an article of another story leaves the story's rows as they were. Each test starts from its own database
// holding the story.
const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const { addReview, earlierReviews, reviewsFor } = await import("@/server/reviews");
const { latestStatuses } = await import("@/server/latest-reviews");
const { resolveGroupKey } = await import("@/server/groups");
const { ConflictError, InvalidInputError, NotFoundError } = await import("@/server/errors");

const calder = storyDocuments("calder");
let first: Awaited<ReturnType<typeof importDocuments>>;
beforeEach(async () => {
  await freshStore();
  first = await importDocuments(calder);
});
afterAll(removeStores);

/** The stored group holding the claim whose text contains `phrase` (in the first article that has one). */
async function groupWith(phrase: string) {
  const claim = await db().claim.findFirstOrThrow({
    where: { text: { contains: phrase } },
    orderBy: { id: "asc" },
    include: { group: { include: { claims: true, discrepancies: true } } },
  });
  return claim.group!;
}

/** A third Calder article: it joins the story (so the story is re-analysed) and says nothing of the contract. */
const JOINING = textDocument("calder-c.txt", "East Courier", "2024-06-05", [
  "Calder harbour bridge repairs to begin in August",
  "The Calder harbour bridge will close for repairs in August, the port authority said.",
  "Engineers found cracks along the bridge deck, the authority said.",
  "The bridge carries 9,000 vehicles a day, the port authority said.",
  "The harbour board approved the closure plan, officials said.",
]);

describe("a review survives re-analysis", () => {
  it("keeps status and note on the same group after an article joins the story and it is re-analysed", async () => {
    const before = await groupWith("$4 million");
    expect(before.verdict).toBe("discrepancy");
    expect(before.claims).toHaveLength(2);
    const note = "  Checked with the port authority: the contract is $4 million.  ";
    const saved = await addReview({ groupKey: before.key, status: "disputed", note });
    expect([saved.groupKey, saved.status, saved.note]).toEqual([before.key, "disputed", note.trim()]);

    const claimRowsBefore = await db().claim.findMany({ select: { id: true, key: true } });
    const again = await importDocuments([JOINING]);
    expect([again.added, again.unchanged, again.failures]).toEqual([1, 0, []]);
    expect(again.reanalysis).toMatchObject({ stories: 1, storiesAnalysed: 1 });
    expect(again.claims).toBeGreaterThan(first.claims);
    // The story was re-analysed: every derived row rewritten, no claim row of the first analysis left, yet every
    // claim of the first analysis is back under its old key.
    const claimRowsAfter = await db().claim.findMany({ select: { id: true, key: true } });
    expect(claimRowsAfter.filter((r) => claimRowsBefore.some((b) => b.id === r.id))).toEqual([]);
    const keysAfter = new Set(claimRowsAfter.map((r) => r.key));
    expect(claimRowsBefore.filter((b) => !keysAfter.has(b.key))).toEqual([]);

    const after = await groupWith("$4 million");
    expect(after.id).not.toBe(before.id);
    expect(after.key).toBe(before.key);
    expect(after.claims.map((c) => c.key).sort()).toEqual(before.claims.map((c) => c.key).sort());
    expect([after.verdict, after.origins, after.discrepancies.map((d) => d.kind)]).toEqual([
      "discrepancy",
      2,
      ["quantity"],
    ]);
    const reviews = await reviewsFor(after.key);
    expect(reviews.map((r) => [r.status, r.note])).toEqual([["disputed", note.trim()]]);
    expect((await latestStatuses()).get(after.key)).toEqual({ status: "disputed", changedSinceReview: false });
  });

  it("leaves a story's rows untouched when an article of another story is imported", async () => {
    const snapshot = async () => ({
      claims: await db().claim.findMany({ orderBy: { id: "asc" } }),
      groups: await db().claimGroup.findMany({ orderBy: { id: "asc" }, include: { discrepancies: true } }),
    });
    const before = await snapshot();
    const again = await importDocuments([UNRELATED]);
    expect(again.added).toBe(1);
    expect(again.reanalysis).toMatchObject({ stories: 2, storiesAnalysed: 1, articlesExtracted: 0 });
    const after = await snapshot();
    const calderIds = new Set(before.claims.map((c) => c.articleId));
    expect(after.claims.filter((c) => calderIds.has(c.articleId))).toEqual(before.claims);
    expect(after.groups.filter((g) => g.story === before.groups[0]!.story)).toEqual(before.groups);
    expect(after.groups.length).toBeGreaterThan(before.groups.length);
  });
});

/** A third Calder article that also reports the repair contract: the contract's group gains a member. */
const RESHAPING = textDocument("calder-d.txt", "East Courier", "2024-06-05", [
  "Calder harbour bridge contract signed",
  "The contract for the repairs is worth $4 million, the port authority said.",
  "Engineers found cracks along the bridge deck, the authority said.",
]);

describe("a review of a group that re-analysis reshapes", () => {
  it("stays on the key it was made on, and the group that took its claims shows it as changed since review", async () => {
    const before = await groupWith("$4 million");
    await addReview({ groupKey: before.key, status: "disputed", note: "contract figure checked" });
    await importDocuments([RESHAPING]);

    const after = await groupWith("$4 million");
    const joined = after.claims.filter((c) => !before.claims.some((b) => b.key === c.key));
    expect(after.key).not.toBe(before.key);
    expect(after.claims.map((c) => c.key)).toEqual(expect.arrayContaining(before.claims.map((c) => c.key)));
    expect(joined).toHaveLength(1);
    expect(await resolveGroupKey(before.key)).toEqual({ key: after.key, moved: true, story: null });
    expect(await resolveGroupKey(after.key)).toEqual({ key: after.key, moved: false, story: after.story });

    expect(await reviewsFor(after.key)).toEqual([]);
    const earlier = await earlierReviews(
      after.key,
      after.claims.map((c) => c.key),
    );
    expect(earlier.map((r) => [r.groupKey, r.status, r.note, r.joined, r.left])).toEqual([
      [before.key, "disputed", "contract figure checked", [joined[0]!.key], []],
    ]);
    expect((await latestStatuses()).get(after.key)).toEqual({ status: "disputed", changedSinceReview: true });

    const stale = addReview({ groupKey: before.key, status: "confirmed" });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow(`now mostly in group ${after.key}`);
    expect(await db().review.count()).toBe(1);

    // The editor reviews the new version: its own review now outranks the earlier version's in lists.
    await addReview({ groupKey: after.key, status: "confirmed" });
    expect((await latestStatuses()).get(after.key)).toEqual({ status: "confirmed", changedSinceReview: false });
  });
});

describe("the review service", () => {
  it("reads back the latest review first, and the latest status per group", async () => {
    const group = await groupWith("March 1987");
    await addReview({ groupKey: group.key, status: "needs-follow-up", note: "ask the port for the opening date" });
    // createdAt has millisecond resolution: let the clock move so the order is defined.
    await new Promise((r) => setTimeout(r, 5));
    await addReview({ groupKey: group.key, status: "confirmed" });
    const reviews = await reviewsFor(group.key);
    expect(reviews.map((r) => [r.status, r.note])).toEqual([
      ["confirmed", ""],
      ["needs-follow-up", "ask the port for the opening date"],
    ]);
    expect((await latestStatuses()).get(group.key)).toEqual({ status: "confirmed", changedSinceReview: false });
    expect(await reviewsFor("no-such-key")).toEqual([]);
  });

  it.each([
    [{ status: "confirmed" }, /groupKey/],
    [{ groupKey: 7, status: "confirmed" }, /groupKey/],
    [{ groupKey: "abc", status: "confirmed" }, /groupKey: a group key is 20 hexadecimal digits/],
    [{ groupKey: "0".repeat(20), status: "maybe" }, /status/],
    [{ groupKey: "0".repeat(20), status: "confirmed", note: "x".repeat(2001) }, /note: a note is at most 2,000/],
  ])("refuses %j, naming the field", async (input, message) => {
    const count = await db().review.count();
    const refused = addReview(input);
    await expect(refused).rejects.toThrow(message);
    await expect(refused).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db().review.count()).toBe(count);
  });

  it("names every field that is wrong, one after another", async () => {
    await expect(addReview({ groupKey: "", status: "maybe" })).rejects.toThrow(/^groupKey: .+; status: .+$/);
  });

  it("accepts a note of exactly 2,000 characters, and every status", async () => {
    const group = await groupWith("was cut");
    for (const status of ["unreviewed", "confirmed", "disputed", "needs-follow-up", "dismissed"])
      await expect(addReview({ groupKey: group.key, status, note: "y".repeat(2000) })).resolves.toMatchObject({
        status,
        groupKey: group.key,
      });
  });

  it("answers an unknown group with a not-found error", async () => {
    const refused = addReview({ groupKey: "f".repeat(20), status: "confirmed" });
    await expect(refused).rejects.toBeInstanceOf(NotFoundError);
    await expect(refused).rejects.toThrow(`Group ${"f".repeat(20)} was not found`);
  });
});
