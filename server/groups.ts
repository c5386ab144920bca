import { db } from "./db";
import { NotFoundError } from "./errors";
import {
  claimKeysSchema,
  discrepancyEvidenceSchema,
  groupEvidenceSchema,
  readJson,
  storedFacetsSchema,
} from "./json-columns";
import { z } from "zod";

export type { GroupEvidence } from "./json-columns";

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
    evidence: readJson(groupEvidenceSchema, group.evidence, "ClaimGroup.evidence"),
    claims: group.claims.map((c) => ({ ...c, facets: readJson(storedFacetsSchema, c.facets, "Claim.facets") })),
    discrepancies: group.discrepancies.map((d) => ({
      ...d,
      claimKeys: readJson(claimKeysSchema, d.claimKeys, "Discrepancy.claimKeys"),
      evidence: readJson(discrepancyEvidenceSchema, d.evidence, "Discrepancy.evidence"),
    })),
  };
}

// The part of an entity finding's evidence the name list shows.
const entityEvidence = z.object({ canonical: z.string(), spellings: z.array(z.object({ text: z.string() })) });

/** Names spelled differently across the story, one row per person, from the entity findings stored with groups. */
export async function nameVariants(): Promise<{ canonical: string; spellings: string[]; groupIds: number[] }[]> {
  const rows = await db().discrepancy.findMany({
    where: { kind: "entity" },
    select: { groupId: true, evidence: true },
  });
  const byName = new Map<string, { canonical: string; spellings: string[]; groupIds: number[] }>();
  for (const r of rows) {
    const e = readJson(entityEvidence, r.evidence, "Discrepancy.evidence");
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
