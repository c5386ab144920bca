import type { PrismaClient } from "../generated/prisma/client";
import type { StoryReview } from "./export-story";
import { latestReviews } from "./latest-reviews";
import { decisionsOn } from "./decisions-store";
import { claimReviewsOf } from "./claim-reviews";
import { auditEntries } from "./audit";

export type StoryRows = Awaited<ReturnType<typeof loadStoryRows>>;

/**
 * A story's rows: articles with their claims, groups with members and findings, and the editors' work on them. Each
 * group's latest review is the desk's (server/latest-reviews.ts: an earlier version's review shows on every group
 * holding its claims); its own reviews are its history. Decisions and claim reviews are those on the story's claims.
 */
export async function loadStoryRows(prisma: PrismaClient, story: string) {
  const [articles, groups] = await Promise.all([
    prisma.article.findMany({
      where: { story },
      orderBy: { id: "asc" },
      include: { outlet: { select: { name: true } }, claims: { orderBy: { start: "asc" } } },
    }),
    prisma.claimGroup.findMany({
      where: { story },
      orderBy: { rank: "asc" },
      include: {
        claims: { orderBy: { id: "asc" }, select: { key: true } },
        discrepancies: { orderBy: [{ severity: "desc" }, { id: "asc" }] },
      },
    }),
  ]);
  const groupKeys = groups.map((g) => g.key);
  const claimKeys = articles.flatMap((a) => a.claims.map((c) => c.key));
  const [rows, latest, decisions, claimReviews, audit] = await Promise.all([
    prisma.review.findMany({
      where: { groupKey: { in: groupKeys } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
    latestReviews(groupKeys),
    decisionsOn(prisma, claimKeys),
    claimReviewsOf(prisma, claimKeys),
    auditEntries({ story }, null),
  ]);
  const reviews = new Map<string, StoryReview[]>();
  for (const r of rows) {
    const list = reviews.get(r.groupKey) ?? [];
    list.push({ status: r.status, note: r.note, at: r.createdAt });
    reviews.set(r.groupKey, list);
  }
  return { articles, groups, reviews, latest, decisions, claimReviews, audit };
}
