import { db } from "./db";
import { KEY_BATCH } from "./batches";
import { readDecision, type FlagData } from "./decisions-store";
import { memoised } from "./store-stamp";

export type ClaimReviewRow = { claimKey: string; status: string; note: string; createdAt: Date };
export type StoredFlag = FlagData & { id: number };

/** Each of these claims' latest review, by claim key; claims nobody reviewed are absent. */
export async function latestClaimReviews(claimKeys: readonly string[]): Promise<Map<string, ClaimReviewRow>> {
  const rows: ClaimReviewRow[] = [];
  for (let i = 0; i < claimKeys.length; i += KEY_BATCH)
    rows.push(
      ...(await db().claimReview.findMany({
        where: { claimKey: { in: claimKeys.slice(i, i + KEY_BATCH) } },
        orderBy: { id: "asc" },
      })),
    );
  // Oldest first, so a later review of a claim overwrites an earlier one.
  return new Map(rows.map((r) => [r.claimKey, r]));
}

/** Every editor's flag, oldest first: flags are few beside claims, so all are read, once per change to the store. */
const allFlags = () =>
  memoised("flags", async (): Promise<StoredFlag[]> => {
    const rows = await db().decision.findMany({ where: { kind: "flag" }, orderBy: { id: "asc" } });
    return rows.flatMap((row) => {
      const d = readDecision(row);
      return "flag" in d ? [{ ...d.flag, id: d.id }] : [];
    });
  });

/** Editors' flags on any of these claims, oldest first. */
export async function flagsOn(claimKeys: Iterable<string>): Promise<StoredFlag[]> {
  const keys = new Set(claimKeys);
  return (await allFlags()).filter((f) => keys.has(f.a) || keys.has(f.b));
}
