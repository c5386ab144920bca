import { z } from "zod";
import type { Facets } from "../lib/extract/types";

/**
 * The one place stored JSON (discrepancy evidence, claim keys, group evidence, claim facets) is read: each value
 * through zod into a typed shape. Text columns are parsed here; a column that already holds JSON is taken as it is.
 */
const json = (value: unknown): unknown => (typeof value === "string" ? JSON.parse(value) : value);

const span = { start: z.number().int(), end: z.number().int() };

/** One side of a figure or date finding: the claim and the words that state the value (spans where known). */
const valueSide = z.object({
  claimId: z.string(),
  text: z.string(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
});
const diffPart = z.object({ kind: z.enum(["same", "added", "removed"]), text: z.string() });

const discrepancy = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("quantity"),
    evidence: z.object({ a: valueSide, b: valueSide, why: z.string().optional() }),
  }),
  z.object({ kind: z.literal("date"), evidence: z.object({ a: valueSide, b: valueSide, why: z.string().optional() }) }),
  z.object({
    kind: z.literal("quote"),
    evidence: z.object({
      quote: z.string(),
      counterpart: z.string(),
      bothQuoted: z.boolean(),
      diff: z.array(diffPart),
    }),
  }),
  z.object({
    kind: z.literal("characterisation"),
    evidence: z.object({ wordings: z.array(z.object({ label: z.string(), claimIds: z.array(z.string()) })) }),
  }),
  z.object({
    kind: z.literal("entity"),
    evidence: z.object({
      canonical: z.string(),
      spellings: z.array(
        z.object({ text: z.string(), articleIds: z.array(z.string()), claimIds: z.array(z.string()) }),
      ),
    }),
  }),
  z.object({ kind: z.literal("modality"), evidence: z.object({}) }),
  z.object({ kind: z.literal("timing"), evidence: z.object({ earliest: z.string(), latest: z.string() }) }),
]);

export type DiscrepancyEvidence = z.infer<typeof discrepancy>;

type DiscrepancyRow = {
  id: number;
  groupId: number;
  kind: string;
  severity: number;
  summary: string;
  claimKeys: unknown;
  evidence: unknown;
};

export type StoredDiscrepancy = DiscrepancyEvidence & {
  id: number;
  groupId: number;
  severity: number;
  summary: string;
  claimKeys: string[];
};

/** A stored discrepancy with its claim keys and its kind's evidence, typed; a row that does not fit is named. */
export function readDiscrepancy(row: DiscrepancyRow): StoredDiscrepancy {
  const found = discrepancy.safeParse({ kind: row.kind, evidence: json(row.evidence) });
  const keys = z.array(z.string()).safeParse(json(row.claimKeys));
  if (!found.success || !keys.success)
    throw new Error(`stored discrepancy ${row.id} (${row.kind}) does not fit its shape: ${found.error ?? keys.error}`);
  const { id, groupId, severity, summary } = row;
  return { ...found.data, id, groupId, severity, summary, claimKeys: keys.data };
}

const match = z.object({ a: z.string(), b: z.string(), score: z.number(), evidence: z.array(z.string()) });
const origin = z.object({ key: z.string(), label: z.string(), via: z.string(), claimKeys: z.array(z.string()) });
const groupEvidence = z.object({
  storyId: z.string(),
  verdictReason: z.string(),
  origins: z.array(origin),
  matches: z.array(match),
});

export type GroupEvidence = z.infer<typeof groupEvidence>;

export function readGroupEvidence(id: number, value: unknown): GroupEvidence {
  const found = groupEvidence.safeParse(json(value));
  if (!found.success) throw new Error(`stored evidence of group ${id} does not fit its shape: ${found.error}`);
  return found.data;
}

const facets = z.object({
  quotes: z.array(z.object({ ...span, text: z.string(), speaker: z.string().nullable() })),
  quantities: z.array(
    z.object({
      ...span,
      text: z.string(),
      value: z.number(),
      unit: z.string(),
      dimension: z.enum(["length", "mass", "currency", "percent", "duration", "count", "number"]),
      qualifier: z.enum(["exact", "about", "up-to", "at-most", "less-than", "at-least", "more-than"]),
    }),
  ),
  dates: z.array(
    z.object({
      ...span,
      text: z.string(),
      iso: z.string().nullable(),
      precision: z.enum(["day", "month", "year"]),
      relative: z.boolean(),
    }),
  ),
  entities: z.array(
    z.object({
      ...span,
      text: z.string(),
      type: z.enum(["person", "place", "country", "organisation", "document", "other"]),
      canonical: z.string(),
    }),
  ),
  attribution: z.array(
    z.object({
      ...span,
      text: z.string(),
      canonical: z.string(),
      kind: z.enum(["publication", "official", "anonymous", "person", "organisation", "document", "pronoun"]),
    }),
  ),
  labels: z.array(
    z.object({
      ...span,
      text: z.string(),
      verb: z.string(),
      stance: z.enum(["current", "proposed"]),
      target: z.string().nullable(),
    }),
  ),
  modality: z.object({
    value: z.enum(["asserted", "reported", "planned", "considered", "possible", "denied"]),
    cue: z.string().nullable(),
  }),
  worthinessReasons: z.array(z.string()),
});

export type StoredFacets = Facets & { worthinessReasons: string[] };

export function readFacets(claimId: number, value: unknown): StoredFacets {
  const found = facets.safeParse(json(value));
  if (!found.success) throw new Error(`stored facets of claim ${claimId} do not fit their shape: ${found.error}`);
  return found.data;
}

const articleMeta = z.object({
  parts: z
    .array(
      z.object({
        ...span,
        kind: z.enum(["headline", "subhead", "dateline", "byline", "caption", "furniture"]),
        reason: z.string(),
      }),
    )
    .default([]),
  outletFrom: z.string().nullable().optional(),
  publishedFrom: z.string().nullable().optional(),
  format: z.enum(["text", "markdown", "html"]).optional(),
});

export type ArticleMeta = z.infer<typeof articleMeta>;

export function readArticleMeta(articleId: number, value: unknown): ArticleMeta {
  const found = articleMeta.safeParse(json(value));
  if (!found.success) throw new Error(`stored metadata of article ${articleId} does not fit its shape: ${found.error}`);
  return found.data;
}
