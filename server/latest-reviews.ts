import { db } from "./db";
import { KEY_BATCH } from "./batches";

export type LatestReview = {
  status: string;
  note: string;
  at: Date;
  /** Who made it, as the audit log names them; null for reviews older than the log. */
  reviewer: string | null;
  /** The review was made on an earlier version of the group (a key re-analysis retired in its favour). */
  changedSinceReview: boolean;
};

async function inBatches<T>(keys: readonly string[], read: (batch: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += KEY_BATCH) out.push(...(await read(keys.slice(i, i + KEY_BATCH))));
  return out;
}

/**
 * The latest review of each of these group keys, with its reviewer. A group reviewed only in an earlier version
 * shows that review, marked as changed since; its own reviews outrank its earlier versions'.
 */
export async function latestReviews(groupKeys: readonly string[]): Promise<Map<string, LatestReview>> {
  const aliases = await inBatches(groupKeys, (batch) =>
    db().groupAlias.findMany({ where: { targetKey: { in: batch } }, select: { key: true, targetKey: true } }),
  );
  const ownerOf = new Map<string, string>(aliases.map((a) => [a.key, a.targetKey]));
  const keys = [...groupKeys, ...ownerOf.keys()];
  const [reviews, entries] = await Promise.all([
    inBatches(keys, (batch) => db().review.findMany({ where: { groupKey: { in: batch } }, orderBy: { id: "asc" } })),
    inBatches(keys, (batch) =>
      db().auditEntry.findMany({
        where: { action: "review", target: { in: batch } },
        orderBy: { id: "asc" },
        select: { target: true, actorName: true },
      }),
    ),
  ]);
  // Oldest first, so later ones overwrite: the newest audit entry on a key names who made its newest review.
  const reviewerOf = new Map(entries.map((e) => [e.target, e.actorName]));
  const latest = new Map<string, LatestReview>();
  const own = new Set(reviews.filter((r) => !ownerOf.has(r.groupKey)).map((r) => r.groupKey));
  for (const r of reviews) {
    const owner = ownerOf.get(r.groupKey);
    const view = { status: r.status, note: r.note, at: r.createdAt, reviewer: reviewerOf.get(r.groupKey) ?? null };
    if (owner === undefined) latest.set(r.groupKey, { ...view, changedSinceReview: false });
    else if (!own.has(owner)) latest.set(owner, { ...view, changedSinceReview: true });
  }
  return latest;
}
