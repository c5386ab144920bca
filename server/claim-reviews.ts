import type { PrismaClient } from "../generated/prisma/client";
import { inBatches } from "./batches";

export type ClaimReviewView = { status: string; note: string; at: Date };

/** Every review of these claims by claim key, newest first (the first is the editors' current word on the claim). */
export async function claimReviewsOf(
  prisma: Pick<PrismaClient, "claimReview">,
  claimKeys: readonly string[],
): Promise<Map<string, ClaimReviewView[]>> {
  const rows = await inBatches(claimKeys, (batch) =>
    prisma.claimReview.findMany({ where: { claimKey: { in: batch } } }),
  );
  const reviews = new Map<string, ClaimReviewView[]>();
  for (const r of rows.sort((a, b) => b.id - a.id))
    reviews.set(r.claimKey, [...(reviews.get(r.claimKey) ?? []), { status: r.status, note: r.note, at: r.createdAt }]);
  return reviews;
}
