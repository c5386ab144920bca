import { db } from "./db";
import { inBatches } from "./batches";
import { readAliasMembers } from "./stored-json";
import { memoised } from "./store-stamp";

export type LatestReview = {
  status: string;
  note: string;
  at: Date;
  /** Who made it, as the audit log names them; null for reviews older than the log. */
  reviewer: string | null;
  /** The review was made on an earlier version of the group (a key re-analysis retired in its favour). */
  changedSinceReview: boolean;
};

/**
 * For each reviewed key that re-analysis retired, the live groups that now hold any of its claims. A split leads
 * the retired key to one side only, yet both sides hold what was reviewed, so both show the review; the group page
 * (`earlierReviews`) reads the same overlap, and lists must not say less than it.
 */
async function heirsOfRetired(reviewedKeys: readonly string[]): Promise<Map<string, string[]>> {
  const aliases = await inBatches(reviewedKeys, (batch) => db().groupAlias.findMany({ where: { key: { in: batch } } }));
  const membersOf = new Map(aliases.map((a) => [a.key, readAliasMembers(a)]));
  const claims = await inBatches([...new Set([...membersOf.values()].flat())], (batch) =>
    db().claim.findMany({ where: { key: { in: batch } }, select: { key: true, group: { select: { key: true } } } }),
  );
  const groupOfClaim = new Map(claims.flatMap((c) => (c.group ? [[c.key, c.group.key] as const] : [])));
  const heirs = new Map<string, string[]>();
  for (const [key, members] of membersOf) {
    const live = new Set(members.flatMap((m) => groupOfClaim.get(m) ?? []));
    heirs.set(key, [...live]);
  }
  return heirs;
}

/**
 * The latest review of every group that shows one, with its reviewer: its own newest review, or else the newest
 * review of an earlier version that shared claims with it, marked as changed since. Own reviews outrank earlier
 * versions'. Reviews are never moved: they stay on the key they judged and are only shown here.
 */
async function allLatestReviews(): Promise<Map<string, LatestReview>> {
  const reviews = await db().review.findMany({ orderBy: { id: "asc" } });
  const reviewedKeys = [...new Set(reviews.map((r) => r.groupKey))];
  const [heirs, entries] = await Promise.all([
    heirsOfRetired(reviewedKeys),
    inBatches(reviewedKeys, (batch) =>
      db().auditEntry.findMany({
        where: { action: "review", target: { in: batch } },
        orderBy: { id: "asc" },
        select: { target: true, actorName: true },
      }),
    ),
  ]);
  // Oldest first, so later ones overwrite: the newest audit entry on a key names who made its newest review.
  const reviewerOf = new Map(entries.map((e) => [e.target, e.actorName]));
  const own = new Set(reviewedKeys.filter((k) => !heirs.has(k)));
  const latest = new Map<string, LatestReview>();
  for (const r of reviews) {
    const view = { status: r.status, note: r.note, at: r.createdAt, reviewer: reviewerOf.get(r.groupKey) ?? null };
    const heirKeys = heirs.get(r.groupKey);
    if (heirKeys === undefined) latest.set(r.groupKey, { ...view, changedSinceReview: false });
    else
      for (const heir of heirKeys.filter((k) => !own.has(k))) latest.set(heir, { ...view, changedSinceReview: true });
  }
  return latest;
}

/** `allLatestReviews`, read once per change to the store (server/store-stamp.ts): every list reads all reviews. */
const storeLatestReviews = () => memoised("latest-reviews", allLatestReviews);

/** The latest review of each of these group keys (see `allLatestReviews`); keys with none are left out. */
export async function latestReviews(groupKeys: readonly string[]): Promise<Map<string, LatestReview>> {
  const all = await storeLatestReviews();
  return new Map(groupKeys.flatMap((k) => (all.has(k) ? [[k, all.get(k)!] as const] : [])));
}

export type LatestStatus = { status: string; changedSinceReview: boolean };

/** The latest review status of every group that shows one, for marking reviewed groups in lists. */
export async function latestStatuses(): Promise<Map<string, LatestStatus>> {
  const all = await storeLatestReviews();
  return new Map([...all].map(([k, r]) => [k, { status: r.status, changedSinceReview: r.changedSinceReview }]));
}
