import type { PrismaClient } from "../generated/prisma/client";
import type { StoryReview } from "./export-story";

export type StoryRows = Awaited<ReturnType<typeof loadStoryRows>>;

/** A story's rows in three reads: articles with their claims, groups with members and findings, their reviews. */
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
  const rows = await prisma.review.findMany({
    where: { groupKey: { in: groups.map((g) => g.key) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const reviews = new Map<string, StoryReview[]>();
  for (const r of rows) {
    const list = reviews.get(r.groupKey) ?? [];
    list.push({ status: r.status, note: r.note, at: r.createdAt });
    reviews.set(r.groupKey, list);
  }
  return { articles, groups, reviews };
}
