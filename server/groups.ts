import { db } from "./db";
import { NotFoundError } from "./errors";
import type { Facets } from "../lib/extract/types";
import type { Match } from "../lib/match/types";
import type { Origin } from "../lib/judge/types";

export type GroupEvidence = {
  storyId: string;
  verdictReason: string;
  origins: (Origin & { claimKeys: string[] })[];
  matches: Match[];
};

export async function verdictCounts(): Promise<Record<string, number>> {
  const rows = await db().claimGroup.groupBy({ by: ["verdict"], _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.verdict, r._count._all]));
}

/** Groups in rank order (discrepancies first), with each member's outlet for the overview. */
export async function rankedGroups(filter: { verdict?: string } = {}) {
  const groups = await db().claimGroup.findMany({
    where: filter.verdict ? { verdict: filter.verdict } : {},
    orderBy: { rank: "asc" },
    include: {
      claims: {
        select: { id: true, article: { select: { id: true, outlet: { select: { name: true } }, file: true } } },
      },
      discrepancies: { select: { kind: true, severity: true } },
    },
  });
  return groups;
}

export async function getGroup(id: number) {
  const group = await db().claimGroup.findUnique({
    where: { id },
    include: {
      claims: {
        orderBy: { id: "asc" },
        include: {
          article: {
            select: { id: true, file: true, publishedAt: true, title: true, outlet: { select: { name: true } } },
          },
        },
      },
      discrepancies: { orderBy: [{ severity: "desc" }, { id: "asc" }] },
    },
  });
  if (!group) throw new NotFoundError(`Group ${id}`);
  return {
    ...group,
    evidence: JSON.parse(group.evidence) as GroupEvidence,
    claims: group.claims.map((c) => ({
      ...c,
      facets: JSON.parse(c.facets) as Facets & { worthinessReasons: string[] },
    })),
    discrepancies: group.discrepancies.map((d) => ({
      ...d,
      claimKeys: JSON.parse(d.claimKeys) as string[],
      evidence: JSON.parse(d.evidence) as Record<string, unknown>,
    })),
  };
}

type Spelling = { text: string; articleIds: string[]; claimIds: string[] };

/** Names spelled differently across the story, one row per person, from the entity findings stored with groups. */
export async function nameVariants(): Promise<{ canonical: string; spellings: string[]; groupIds: number[] }[]> {
  const rows = await db().discrepancy.findMany({
    where: { kind: "entity" },
    select: { groupId: true, evidence: true },
  });
  const byName = new Map<string, { canonical: string; spellings: string[]; groupIds: number[] }>();
  for (const r of rows) {
    const e = JSON.parse(r.evidence) as { canonical: string; spellings: Spelling[] };
    const entry = byName.get(e.canonical) ?? {
      canonical: e.canonical,
      spellings: e.spellings.map((s) => s.text),
      groupIds: [],
    };
    entry.groupIds.push(r.groupId);
    byName.set(e.canonical, entry);
  }
  return [...byName.values()];
}
