import { db } from "./db";
import { NotFoundError } from "./errors";
import { readDiscrepancy, readFacets, readGroupEvidence } from "./stored-json";
import { articleNameSelect, named } from "./article-names";
import { whoSaysWhat, type WhoSaysWhat } from "./who-says-what";
import { lineClaims } from "./discrepancy-lines";
import { groupLabel } from "../lib/present/label";
import { COUNTED_SEVERITY } from "../lib/judge/counts";
import { inBatches, KEY_BATCH } from "./batches";

export type { GroupEvidence } from "./stored-json";

export async function verdictCounts(): Promise<Record<string, number>> {
  const rows = await db().claimGroup.groupBy({ by: ["verdict"], _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.verdict, r._count._all]));
}

/**
 * Groups in rank order (discrepancies first), with each member's outlet and, for every counted discrepancy, the
 * line saying which outlets state which value.
 */
export async function rankedGroups(filter: { verdict?: string } = {}) {
  const ids = await comparedGroupIds(filter.verdict);
  const groups: Awaited<ReturnType<typeof comparedGroups>> = [];
  for (let i = 0; i < ids.length; i += KEY_BATCH) groups.push(...(await comparedGroups(ids.slice(i, i + KEY_BATCH))));
  groups.sort((a, b) => a.rank - b.rank);
  return withLines(groups);
}

/**
 * The first `take` groups of one story that the overview lists (told by more than one claim, or carrying a
 * discrepancy), in rank order, as `rankedGroups` gives them, and how many it has in all. Only their ids are read
 * for the whole story, and the rows of the first `take`: no story is read whole.
 */
export async function storyRankedGroups(story: string, take: number) {
  const ids = await db().$queryRaw<{ id: number }[]>`
    SELECT g."id" FROM "ClaimGroup" g
    WHERE g."story" = ${story}
      AND (g."verdict" = 'discrepancy' OR (SELECT COUNT(*) FROM "Claim" c WHERE c."groupId" = g."id") > 1)
    ORDER BY g."rank"`;
  const first = ids.slice(0, take).map((r) => Number(r.id));
  const rows = await comparedGroups(first);
  rows.sort((a, b) => a.rank - b.rank);
  return { groups: await withLines(rows), total: ids.length };
}

async function withLines(groups: Awaited<ReturnType<typeof comparedGroups>>) {
  const discrepancies = groups.flatMap((g) => g.discrepancies.map(readDiscrepancy));
  const claims = await lineClaims(discrepancies);
  return groups.map((g) => {
    const origins = readGroupEvidence(g.id, g.evidence).origins;
    const lines = discrepancies
      .filter((d) => d.groupId === g.id)
      .map((d) => whoSaysWhat(d, claims, origins))
      .filter((l): l is WhoSaysWhat => l !== null && l.counted);
    return {
      ...g,
      claims: g.claims.map((c) => ({ ...c, article: named(c.article) })),
      label: groupLabel(
        g.label,
        g.claims.map((c) => c.text),
      ),
      discrepancies: g.discrepancies.map(({ kind, severity }) => ({ kind, severity })),
      lines,
    };
  });
}

/**
 * The groups an overview lists: told by more than one claim, or carrying a discrepancy. A story's single claims
 * are most of its groups (thousands in a large story) and are only counted, so they are never loaded.
 */
async function comparedGroupIds(verdict?: string): Promise<number[]> {
  const rows = await db().claimGroup.findMany({
    where: verdict ? { verdict } : {},
    select: { id: true, verdict: true, _count: { select: { claims: true } } },
  });
  return rows.filter((g) => g._count.claims > 1 || g.verdict === "discrepancy").map((g) => g.id);
}

const comparedInclude = {
  claims: { select: { id: true, text: true, article: { select: articleNameSelect } } },
  discrepancies: { orderBy: [{ severity: "desc" as const }, { id: "asc" as const }] },
};

function comparedGroups(ids: number[]) {
  return db().claimGroup.findMany({ where: { id: { in: ids } }, include: comparedInclude });
}

/** How many groups each story holds, by verdict: what the overview counts without loading them. */
export async function storyTallies(): Promise<Map<string, Record<string, number>>> {
  const rows = await db().claimGroup.groupBy({ by: ["story", "verdict"], _count: { _all: true } });
  const tallies = new Map<string, Record<string, number>>();
  for (const r of rows) tallies.set(r.story, { ...tallies.get(r.story), [r.verdict]: r._count._all });
  return tallies;
}

/**
 * Where a group key leads now: the live group itself, or, for a key re-analysis retired, the group that holds most
 * of its claims (`moved`). Null when the key names nothing, live or retired.
 */
export async function resolveGroupKey(
  key: string,
): Promise<{ key: string; moved: boolean; story: string | null } | null> {
  const live = await db().claimGroup.findUnique({ where: { key }, select: { key: true, story: true } });
  if (live) return { key, moved: false, story: live.story };
  const alias = await db().groupAlias.findUnique({ where: { key } });
  return alias ? { key: alias.targetKey, moved: true, story: null } : null;
}

export async function getGroup(key: string) {
  const group = await db().claimGroup.findUnique({
    where: { key },
    include: {
      claims: {
        orderBy: { id: "asc" },
        include: {
          article: { select: { ...articleNameSelect, publishedAt: true } },
        },
      },
      discrepancies: { orderBy: [{ severity: "desc" }, { id: "asc" }] },
    },
  });
  if (!group) throw new NotFoundError(`Group ${key}`);
  const evidence = readGroupEvidence(group.id, group.evidence);
  const discrepancies = group.discrepancies.map(readDiscrepancy);
  const claims = await lineClaims(discrepancies);
  return {
    ...group,
    label: groupLabel(
      group.label,
      group.claims.map((c) => c.text),
    ),
    evidence,
    claims: group.claims.map((c) => ({ ...c, article: named(c.article), facets: readFacets(c.id, c.facets) })),
    discrepancies: discrepancies.map((d) => ({ ...d, line: whoSaysWhat(d, claims, evidence.origins) })),
  };
}

/** Names spelled differently across the story, one row per person, from the entity findings stored with groups. */
export type NameVariant = { canonical: string; spellings: string[]; groups: { key: string; rank: number }[] };

/** The names spelled differently within these stories (each story's findings are its own). */
export async function nameVariants(stories: string[]): Promise<NameVariant[]> {
  const rows = await inBatches(stories, (batch) =>
    db().discrepancy.findMany({
      where: { kind: "entity", group: { story: { in: batch } } },
      include: { group: { select: { key: true, rank: true } } },
      orderBy: { id: "asc" },
    }),
  );
  const byName = new Map<string, NameVariant>();
  for (const row of rows) {
    const d = readDiscrepancy(row);
    if (d.kind !== "entity") continue;
    const entry = byName.get(d.evidence.canonical) ?? {
      canonical: d.evidence.canonical,
      spellings: d.evidence.spellings.map((s) => s.text),
      groups: [],
    };
    entry.groups.push(row.group);
    byName.set(d.evidence.canonical, entry);
  }
  return [...byName.values()];
}

/**
 * Keys of every claim that carries a counted discrepancy, for marking them in an article's text; within one story
 * when given (claims are only compared within their story, so an article's findings are all in its story's groups).
 */
export async function disputedClaimKeys(story?: string | null): Promise<Set<string>> {
  const rows = await db().discrepancy.findMany({
    where: { severity: { gte: COUNTED_SEVERITY }, ...(story ? { group: { story } } : {}) },
  });
  return new Set(rows.map(readDiscrepancy).flatMap((d) => d.claimKeys));
}
