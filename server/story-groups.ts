import { db } from "./db";
import { latestReviews, type LatestReview } from "./latest-reviews";
import { flagsOn, latestClaimReviews, type StoredFlag } from "./claim-decisions";
import { storyById } from "./stories";
import { memoised } from "./store-stamp";
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
  /** The claim's latest review, if an editor reviewed it. */
  review: { status: string; note: string; at: Date } | null;
};

/** An editor's flag as the list shows it: from one of the group's claims to another claim of the story. */
export type ListedFlag = { id: number; claimKey: string; otherClaimKey: string; kind: string; note: string };

export type ListedGroup = {
  key: string;
  rank: number;
  verdict: string;
  severity: number;
  label: string;
  claims: ListedClaim[];
  discrepancies: { kind: string; severity: number; summary: string; claimKeys: string[] }[];
  flags: ListedFlag[];
  latestReview: LatestReview | null;
};

type StoredGroup = Omit<ListedGroup, "latestReview" | "flags" | "claims"> & {
  claims: Omit<ListedClaim, "review">[];
};

export type GroupPage = { story: string; total: number; page: number; pageSize: number; groups: ListedGroup[] };

async function readStoryGroups(story: string): Promise<StoredGroup[]> {
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
 * filtered here because review status and reviewer live in other tables than the groups; a story holds at most a
 * few thousand groups, and they are read once per change to the store (server/store-stamp.ts), so a page costs the
 * filtering alone.
 */
export async function filteredGroups(story: string, filter: GroupFilter, page = 1, pageSize = 50): Promise<GroupPage> {
  await storyById(story);
  const listed = await memoised(`story-groups:${story}`, () => listedGroups(story));
  const kept = listed.filter((g) => matchesFilter({ ...g, review: g.latestReview }, filter));
  const start = (page - 1) * pageSize;
  return { story, total: kept.length, page, pageSize, groups: kept.slice(start, start + pageSize) };
}

/** Every group of the story with what the filters read: reviews, claim reviews, editors' flags. */
async function listedGroups(story: string): Promise<ListedGroup[]> {
  const groups = await readStoryGroups(story);
  const claimKeys = groups.flatMap((g) => g.claims.map((c) => c.key));
  const [reviews, claimReviews, flags] = await Promise.all([
    latestReviews(groups.map((g) => g.key)),
    latestClaimReviews(claimKeys),
    flagsOn(claimKeys),
  ]);
  return groups.map((g) => ({
    ...g,
    claims: g.claims.map((c) => {
      const r = claimReviews.get(c.key);
      return { ...c, review: r ? { status: r.status, note: r.note, at: r.createdAt } : null };
    }),
    flags: flagsOf(g.claims, flags),
    latestReview: reviews.get(g.key) ?? null,
  }));
}

/** The flags on a group's claims, each told from the side of its claim in the group. */
function flagsOf(claims: readonly { key: string }[], flags: readonly StoredFlag[]): ListedFlag[] {
  const keys = new Set(claims.map((c) => c.key));
  return flags
    .filter((f) => keys.has(f.a) || keys.has(f.b))
    .map((f) => {
      const [claimKey, otherClaimKey] = keys.has(f.a) ? [f.a, f.b] : [f.b, f.a];
      return { id: f.id, claimKey, otherClaimKey, kind: f.kind, note: f.note };
    });
}

/** The names of the outlets a story's current articles come from, for a filter's choices. */
export const storyOutlets = (id: string): Promise<string[]> =>
  memoised(`story-outlets:${id}`, async () => {
    const rows = await db().outlet.findMany({
      where: { articles: { some: { next: null, story: id } } },
      orderBy: { name: "asc" },
      select: { name: true },
    });
    return rows.map((r) => r.name);
  });

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
