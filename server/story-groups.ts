import { db } from "./db";
import { storySummary } from "./story-summaries";
import { latestReviews, type LatestReview } from "./latest-reviews";
import { groupLabel } from "../lib/present/label";
import { matchesFilter, type GroupFilter } from "../lib/desk/group-filter";
import { claimKeysSchema, readJson } from "./stored-json";

export type ListedClaim = {
  key: string;
  articleId: number;
  outlet: string | null;
  publishedAt: string | null;
  text: string;
  span: { start: number; end: number };
};

export type ListedGroup = {
  key: string;
  rank: number;
  verdict: string;
  severity: number;
  label: string;
  claims: ListedClaim[];
  discrepancies: { kind: string; severity: number; summary: string; claimKeys: string[] }[];
  latestReview: LatestReview | null;
};

export type GroupPage = { story: string; total: number; page: number; pageSize: number; groups: ListedGroup[] };

async function storyGroups(story: string): Promise<Omit<ListedGroup, "latestReview">[]> {
  const rows = await db().claimGroup.findMany({
    where: { story },
    orderBy: { rank: "asc" },
    include: {
      claims: {
        orderBy: { id: "asc" },
        select: {
          key: true,
          text: true,
          start: true,
          end: true,
          articleId: true,
          article: { select: { publishedAt: true, outlet: { select: { name: true } } } },
        },
      },
      discrepancies: { orderBy: [{ severity: "desc" }, { id: "asc" }] },
    },
  });
  return rows.map((g) => ({
    key: g.key,
    rank: g.rank,
    verdict: g.verdict,
    severity: g.severity,
    label: groupLabel(
      g.label,
      g.claims.map((c) => c.text),
    ),
    claims: g.claims.map((c) => ({
      key: c.key,
      articleId: c.articleId,
      outlet: c.article.outlet?.name ?? null,
      publishedAt: c.article.publishedAt,
      text: c.text,
      span: { start: c.start, end: c.end },
    })),
    discrepancies: g.discrepancies.map((d) => ({
      kind: d.kind,
      severity: d.severity,
      summary: d.summary,
      claimKeys: readJson(claimKeysSchema, d.claimKeys, `discrepancy ${d.id}'s claim keys`),
    })),
  }));
}

/**
 * A story's groups in rank order (discrepancies first), narrowed by the filter, one page of them. The whole story is
 * read and filtered here because review status and reviewer live in other tables than the groups; a story holds at
 * most a few thousand groups.
 */
export async function filteredGroups(story: string, filter: GroupFilter, page = 1, pageSize = 50): Promise<GroupPage> {
  await storySummary(story);
  const groups = await storyGroups(story);
  const reviews = await latestReviews(groups.map((g) => g.key));
  const listed = groups.map((g) => ({ ...g, latestReview: reviews.get(g.key) ?? null }));
  const kept = listed.filter((g) => matchesFilter({ ...g, review: g.latestReview }, filter));
  const start = (page - 1) * pageSize;
  return { story, total: kept.length, page, pageSize, groups: kept.slice(start, start + pageSize) };
}

/** The groups before and after this one in its story's rank order, for moving through a story from a group page. */
export async function neighbourKeys(story: string, rank: number): Promise<{ previous?: string; next?: string }> {
  const [before, after] = await Promise.all([
    db().claimGroup.findFirst({
      where: { story, rank: { lt: rank } },
      orderBy: { rank: "desc" },
      select: { key: true },
    }),
    db().claimGroup.findFirst({
      where: { story, rank: { gt: rank } },
      orderBy: { rank: "asc" },
      select: { key: true },
    }),
  ]);
  return { previous: before?.key, next: after?.key };
}
