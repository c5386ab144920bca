import { db } from "./db";
import { readDiscrepancy, readFacets, type GroupEvidence, type StoredDiscrepancy } from "./stored-json";
import { articleNameSelect, named } from "./article-names";
import { whoSaysWhat, type LineClaim, type WhoSaysWhat } from "./who-says-what";

/** A stored discrepancy with the line saying which outlets state which value (null when no two sides show). */
export type LinedDiscrepancy = StoredDiscrepancy & { line: WhoSaysWhat | null };

const lineClaimSelect = {
  id: true,
  key: true,
  start: true,
  end: true,
  text: true,
  facets: true,
  article: { select: articleNameSelect },
} as const;

/** The claims the discrepancies name (some sit in other groups), keyed by claim key, facets read. */
export async function lineClaims(discrepancies: StoredDiscrepancy[]): Promise<Map<string, LineClaim>> {
  const keys = [...new Set(discrepancies.flatMap((d) => d.claimKeys))];
  if (keys.length === 0) return new Map();
  const rows = await db().claim.findMany({ where: { key: { in: keys } }, select: lineClaimSelect });
  return new Map(rows.map((r) => [r.key, { ...r, article: named(r.article), facets: readFacets(r.id, r.facets) }]));
}

/** Each group's discrepancies, most severe first, each with its who-says-what line; keyed by group id. */
export async function linedDiscrepancies(
  groups: { id: number; origins: Pick<GroupEvidence["origins"][number], "claimKeys">[] }[],
): Promise<Map<number, LinedDiscrepancy[]>> {
  const rows = await db().discrepancy.findMany({
    where: { groupId: { in: groups.map((g) => g.id) } },
    orderBy: [{ severity: "desc" }, { id: "asc" }],
  });
  const discrepancies = rows.map(readDiscrepancy);
  const claims = await lineClaims(discrepancies);
  return new Map(
    groups.map((g) => [
      g.id,
      discrepancies.filter((d) => d.groupId === g.id).map((d) => ({ ...d, line: whoSaysWhat(d, claims, g.origins) })),
    ]),
  );
}
