import { z } from "zod";
import { db } from "./db";
import { ConflictError, InvalidInputError, issueMessage, NotFoundError } from "./errors";
import { resolveGroupKey } from "./groups";
import { readAliasMembers } from "./stored-json";
import { WEB_WRITE_WAIT_MS, whileBusy } from "./store-retry";
import { inBatches } from "./batches";
import { memoised } from "./store-stamp";
import { LOCAL_ACTOR, requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { textField } from "./text-field";

export const REVIEW_STATUSES = ["unreviewed", "confirmed", "disputed", "needs-follow-up", "dismissed"] as const;

export const reviewInput = z.object({
  groupKey: z.string().regex(/^[0-9a-f]{20}$/, "a group key is 20 hexadecimal digits"),
  status: z.enum(REVIEW_STATUSES),
  note: textField().trim().max(2000, "a note is at most 2,000 characters").default(""),
});

/**
 * Record an editor's decision on a group, keyed by the group's stable key. A key that re-analysis has retired is
 * refused with where the group went, rather than reviewed blind: the editor saw other claims than the group holds.
 */
export async function addReview(input: unknown, actor: Actor = LOCAL_ACTOR) {
  requireRole(actor, "editor");
  const parsed = reviewInput.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(issueMessage(parsed.error));
  const { groupKey, status, note } = parsed.data;
  const found = await resolveGroupKey(groupKey);
  if (!found) throw new NotFoundError(`Group ${groupKey}`);
  if (found.moved)
    throw new ConflictError(
      `group ${groupKey} changed when its story was re-analysed; its claims are now mostly in group ${found.key}: ` +
        "open that group and review it there",
    );
  const previous = await db().review.findFirst({ where: { groupKey }, orderBy: { id: "desc" } });
  const before = previous ? { status: previous.status, note: previous.note } : null;
  const write = () =>
    db().$transaction(async (tx) => {
      const review = await tx.review.create({ data: { groupKey, status, note } });
      const after = { status, note };
      await recordAudit(tx, actor, { action: "review", target: groupKey, story: found.story, before, after });
      return review;
    });
  return whileBusy(write, WEB_WRITE_WAIT_MS);
}

export async function reviewsFor(groupKey: string) {
  return db().review.findMany({ where: { groupKey }, orderBy: { createdAt: "desc" } });
}

export type EarlierReview = Awaited<ReturnType<typeof reviewsFor>>[number] & {
  /** Claim keys that are in the group now but were not when the review was made, and the other way round. */
  joined: string[];
  left: string[];
};

/**
 * Reviews made on earlier versions of this group, newest first, each with what changed since: keys re-analysis
 * retired in its favour (a merge leads both groups here), and reviewed retired groups that shared claims with it
 * without leading here (a split leads the old key to one side only; the other side shows the review too). They stay
 * on the key they were made on and are shown here, never moved.
 */
export async function earlierReviews(groupKey: string, claimKeys: readonly string[]): Promise<EarlierReview[]> {
  const now = new Set(claimKeys);
  const membersOf = new Map(
    (await reviewedAliases())
      .filter(({ target, members }) => target === groupKey || [...members].some((k) => now.has(k)))
      .map(({ key, members }) => [key, members]),
  );
  if (membersOf.size === 0) return [];
  const rows = await db().review.findMany({
    where: { groupKey: { in: [...membersOf.keys()] } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((r) => {
    const then = membersOf.get(r.groupKey)!;
    return { ...r, joined: [...now].filter((k) => !then.has(k)), left: [...then].filter((k) => !now.has(k)) };
  });
}

/**
 * Every reviewed group key that re-analysis retired, where it leads and its members then: what any group page
 * compares its claims with. Read once per change to the store (server/store-stamp.ts), not per page.
 */
const reviewedAliases = () =>
  memoised("reviewed-aliases", async () => {
    const reviewed = [...new Set((await db().review.findMany({ select: { groupKey: true } })).map((r) => r.groupKey))];
    const aliases = await inBatches(reviewed, (batch) => db().groupAlias.findMany({ where: { key: { in: batch } } }));
    return aliases.map((a) => ({ key: a.key, target: a.targetKey, members: new Set(readAliasMembers(a)) }));
  });
