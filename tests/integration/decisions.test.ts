import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments, textDocument } from "../helpers/stories";
import { expectStoredInvariants } from "../helpers/stored-invariants";

// Editors' decisions live apart from derived rows and are re-applied whenever the story re-analyses: each decision
// is made, then a new article joins the story, and every decision is read back from the groups it shaped.
const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const { addReview, earlierReviews } = await import("@/server/reviews");
const { latestReviews, latestStatuses } = await import("@/server/latest-reviews");
const { auditEntries } = await import("@/server/audit");
const decisions = await import("@/server/decisions");
const { groupDecisions } = await import("@/server/decisions-view");

const EDITOR = { userId: "u-ed", name: "Ada", role: "editor" as const };
const VIEWER = { userId: "u-vi", name: "Vic", role: "viewer" as const };

type Row = { key: string; articleId: number; groupKey: string; story: string; size: number };

async function claims(): Promise<Row[]> {
  const rows = await db().claim.findMany({
    orderBy: { id: "asc" },
    select: {
      key: true,
      articleId: true,
      group: { select: { key: true, story: true, _count: { select: { claims: true } } } },
    },
  });
  return rows.map((r) => ({
    key: r.key,
    articleId: r.articleId,
    groupKey: r.group!.key,
    story: r.group!.story,
    size: r.group!._count.claims,
  }));
}
const groupOf = async (claimKey: string) => (await claims()).find((c) => c.key === claimKey)!.groupKey;

const joining = textDocument("calder-d.txt", "East Courier", "2024-06-05", [
  "East Courier on the Calder harbour bridge contract",
  "The contract for the repairs is worth $4 million, the port authority said.",
]);

beforeEach(async () => {
  await freshStore();
  await importDocuments(storyDocuments("calder"));
});
afterAll(removeStores);

describe("decisions that last", () => {
  it("are applied at once, audited, and re-applied when a new article re-analyses the story", async () => {
    const all = await claims();
    const pairs = [...new Set(all.filter((c) => c.size === 2).map((c) => c.groupKey))];
    const [first, second] = [...new Set(all.map((c) => c.articleId))];
    const singles = (articleId: number) => all.filter((c) => c.size === 1 && c.articleId === articleId);
    const [a1, a2] = singles(first!);
    const [b1] = singles(second!);
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    const [splitGroup, apartGroup] = pairs as [string, string];
    const split = all.filter((c) => c.groupKey === splitGroup);
    const apart = all.filter((c) => c.groupKey === apartGroup);

    await addReview({ groupKey: splitGroup, status: "confirmed", note: "both say it" }, EDITOR);
    const splitDone = await decisions.splitClaims({ groupKey: splitGroup, claimKeys: [split[1]!.key] }, EDITOR);
    expect(splitDone.groupKeys).toEqual([await groupOf(split[0]!.key)]);
    expect(await groupOf(split[0]!.key)).not.toBe(await groupOf(split[1]!.key));
    await decisions.mergeGroups({ keys: [a1!.groupKey, b1!.groupKey] }, EDITOR);
    expect(await groupOf(a1!.key)).toBe(await groupOf(b1!.key));
    // A group holds one claim per article: a2 cannot join a1's group, and goes to the second article's claim that
    // the split left alone.
    const b2 = split.find((c) => c.articleId === second)!;
    await expect(
      decisions.moveClaim({ claimKey: a2!.key, groupKey: await groupOf(b1!.key) }, EDITOR),
    ).rejects.toMatchObject({ status: 409, message: expect.stringContaining("a group holds one") });
    await decisions.moveClaim({ claimKey: a2!.key, groupKey: await groupOf(b2!.key) }, EDITOR);
    expect(await groupOf(a2!.key)).toBe(await groupOf(b2!.key));
    await decisions.flagClaim(
      { claimKey: split[0]!.key, otherClaimKey: apart[0]!.key, kind: "quantity", note: "4 vs 5" },
      EDITOR,
    );
    await decisions.markApart({ claimKey: apart[0]!.key, otherClaimKey: apart[1]!.key }, EDITOR);
    await decisions.reviewClaim({ claimKey: a1!.key, status: "disputed", note: "wrong figure" }, EDITOR);

    const check = async () => {
      expect(await groupOf(split[0]!.key)).not.toBe(await groupOf(split[1]!.key));
      expect(await groupOf(a1!.key)).toBe(await groupOf(b1!.key));
      expect(await groupOf(a2!.key)).toBe(await groupOf(b2!.key));
      expect(await groupOf(apart[0]!.key)).not.toBe(await groupOf(apart[1]!.key));
      for (const key of [split[0]!.key, apart[0]!.key]) {
        const group = await db().claimGroup.findUniqueOrThrow({ where: { key: await groupOf(key) } });
        expect(group.verdict).toBe("discrepancy");
        expect(JSON.stringify(group.evidence)).toContain("(1 flagged by an editor)");
      }
      const review = await db().claimReview.findFirstOrThrow({ where: { claimKey: a1!.key } });
      expect([review.status, review.note]).toEqual(["disputed", "wrong figure"]);
      // The group review stays on the key it was made on and shows on both sides of the split, as changed since.
      for (const claim of split) {
        const key = await groupOf(claim.key);
        const members = (await claims()).filter((c) => c.groupKey === key).map((c) => c.key);
        const earlier = await earlierReviews(key, members);
        expect(earlier.map((r) => [r.groupKey, r.status])).toEqual([[splitGroup, "confirmed"]]);
        // Lists and the API say the same as the group page: neither side shows as unreviewed.
        const latest = (await latestReviews([key])).get(key);
        expect([latest?.status, latest?.note, latest?.reviewer, latest?.changedSinceReview]).toEqual([
          "confirmed",
          "both say it",
          "Ada",
          true,
        ]);
        expect((await latestStatuses()).get(key)).toEqual({ status: "confirmed", changedSinceReview: true });
      }
    };
    await check();
    await expectStoredInvariants();
    const before = (await claims()).length;
    await importDocuments([joining]);
    expect((await claims()).length).toBeGreaterThan(before);
    await check();
    await expectStoredInvariants();

    // Imports are audited too; this checks the decisions' own sequence.
    const entries = (await auditEntries({ story: all[0]!.story })).filter((e) => e.action !== "import");
    expect(entries.map((e) => e.action).reverse()).toEqual([
      "review",
      "split",
      "merge",
      "move",
      "flag",
      "apart",
      "review",
    ]);
    expect(entries.every((e) => e.actorName === "Ada")).toBe(true);
    expect(await db().decision.count()).toBe(5);
  });

  it("refuse stale and conflicting requests with 404 or 409 naming the key", async () => {
    const all = await claims();
    const group = all[0]!.groupKey;
    await expect(decisions.mergeGroups({ keys: [group, group] }, EDITOR)).rejects.toMatchObject({
      status: 409,
      message: `group ${group} cannot be merged with itself`,
    });
    const gone = "0123456789abcdef:1:2";
    await expect(decisions.moveClaim({ claimKey: gone, groupKey: group }, EDITOR)).rejects.toMatchObject({
      status: 404,
      message: `Claim ${gone} was not found`,
    });
    const other = all.find((c) => c.groupKey !== group)!;
    await expect(decisions.splitClaims({ groupKey: group, claimKeys: [other.key] }, EDITOR)).rejects.toMatchObject({
      status: 409,
      message: `claim ${other.key} is not in group ${group}`,
    });
    await expect(decisions.moveClaim({ claimKey: other.key, groupKey: other.groupKey }, EDITOR)).rejects.toMatchObject({
      status: 409,
    });
    const pair = all.find((c) => c.size === 2)!;
    const partner = all.find((c) => c.groupKey === pair.groupKey && c.key !== pair.key)!;
    await decisions.splitClaims({ groupKey: pair.groupKey, claimKeys: [pair.key] }, EDITOR);
    await expect(decisions.splitClaims({ groupKey: pair.groupKey, claimKeys: [partner.key] }, EDITOR)).rejects.toThrow(
      `group ${pair.groupKey} changed when its story was re-analysed`,
    );
    await expect(decisions.flagClaim({ claimKey: "x", otherClaimKey: pair.key, kind: "size" }, EDITOR)).rejects.toThrow(
      /claimKey: a claim key is .*; kind: /,
    );
    expect(await db().decision.count()).toBe(1);
  });

  it("list a split in the history of both groups it made, though only one is where the old key leads", async () => {
    const all = await claims();
    const pair = all.find((c) => c.size === 2)!;
    const partner = all.find((c) => c.groupKey === pair.groupKey && c.key !== pair.key)!;
    await decisions.splitClaims({ groupKey: pair.groupKey, claimKeys: [pair.key] }, EDITOR);
    const sides = [await groupOf(pair.key), await groupOf(partner.key)];
    expect(new Set([...sides, pair.groupKey]).size).toBe(3);
    const aliases = await db().groupAlias.findMany({ where: { key: pair.groupKey } });
    expect(aliases).toHaveLength(1);
    for (const [i, key] of sides.entries()) {
      const { history } = await groupDecisions({ key, story: pair.story, claimKeys: [[pair, partner][i]!.key] });
      expect(
        history.map((e) => [e.action, e.target]),
        key,
      ).toEqual([["split", pair.groupKey]]);
    }
    // A split of another group is not this group's history.
    const other = all.find((c) => c.groupKey !== pair.groupKey)!;
    const { history } = await groupDecisions({ key: other.groupKey, story: other.story, claimKeys: [other.key] });
    expect(history).toEqual([]);
  });

  it("refuse a viewer with 403 and record nothing", async () => {
    const all = await claims();
    const calls = [
      decisions.reviewClaim({ claimKey: all[0]!.key, status: "confirmed" }, VIEWER),
      decisions.flagClaim({ claimKey: all[0]!.key, otherClaimKey: all[1]!.key, kind: "date" }, VIEWER),
      decisions.splitClaims({ groupKey: all[0]!.groupKey, claimKeys: [all[0]!.key] }, VIEWER),
      decisions.moveClaim({ claimKey: all[0]!.key, groupKey: all[1]!.groupKey }, VIEWER),
      decisions.mergeGroups({ keys: [all[0]!.groupKey, all[1]!.groupKey] }, VIEWER),
      decisions.markApart({ claimKey: all[0]!.key, otherClaimKey: all[1]!.key }, VIEWER),
    ];
    for (const call of calls) await expect(call).rejects.toMatchObject({ status: 403 });
    expect(await db().decision.count()).toBe(0);
    expect(await db().claimReview.count()).toBe(0);
    expect(await db().auditEntry.count({ where: { action: { not: "import" } } })).toBe(0);
  });
});
