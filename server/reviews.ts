import { z } from "zod";
import { db } from "./db";
import { InvalidInputError, NotFoundError } from "./errors";

export const REVIEW_STATUSES = ["unreviewed", "confirmed", "disputed", "needs-follow-up", "dismissed"] as const;

export const reviewInput = z.object({
  groupId: z.coerce.number().int().positive(),
  status: z.enum(REVIEW_STATUSES),
  note: z.string().trim().max(2000, "a note is at most 2,000 characters").default(""),
});

/** Record an editor's decision on a group; it is keyed by the group's stable key, so re-analysis keeps it. */
export async function addReview(input: unknown) {
  const parsed = reviewInput.safeParse(input);
  if (!parsed.success)
    throw new InvalidInputError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const group = await db().claimGroup.findUnique({ where: { id: parsed.data.groupId }, select: { key: true } });
  if (!group) throw new NotFoundError(`Group ${parsed.data.groupId}`);
  return db().review.create({ data: { groupKey: group.key, status: parsed.data.status, note: parsed.data.note } });
}

export async function reviewsFor(groupKey: string) {
  return db().review.findMany({ where: { groupKey }, orderBy: { createdAt: "desc" } });
}

/** The latest review status of each group key, for marking reviewed groups in lists. */
export async function latestStatuses(): Promise<Map<string, string>> {
  const rows = await db().review.findMany({ orderBy: { createdAt: "asc" }, select: { groupKey: true, status: true } });
  return new Map(rows.map((r) => [r.groupKey, r.status]));
}
