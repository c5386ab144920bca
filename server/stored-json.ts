import { z } from "zod";
import type { Claim, Facets } from "../lib/extract/types";
import type { ArticlePart, Format, ManifestEntry } from "../lib/ingest/types";
import type { Match } from "../lib/match/types";
import type { Origin } from "../lib/judge/types";
import type { Prisma } from "../generated/prisma/client";
import { claimKindSchema, modalitySchema, qualifierSchema } from "./column-values";

/**
 * The one place stored JSON is read: each value through zod into a typed shape, so a page gets typed view models
 * and never parses JSON. SQLite stores these columns as JSON text and PostgreSQL as jsonb: text is parsed here, a
 * value the client already parsed is taken as it is.
 */
const json = (value: unknown): unknown => (typeof value === "string" ? JSON.parse(value) : value);

const span = { start: z.number().int(), end: z.number().int() };
const text = { ...span, text: z.string() };

export const facetsSchema = z.object({
  quotes: z.array(z.object({ ...text, speaker: z.string().nullable() })),
  quantities: z.array(
    z.object({
      ...text,
      value: z.number(),
      unit: z.string(),
      dimension: z.enum(["length", "mass", "currency", "percent", "duration", "count", "number"]),
      qualifier: qualifierSchema,
    }),
  ),
  dates: z.array(
    z.object({
      ...text,
      iso: z.string().nullable(),
      precision: z.enum(["day", "month", "year"]),
      relative: z.boolean(),
    }),
  ),
  entities: z.array(
    z.object({
      ...text,
      type: z.enum(["person", "place", "country", "organisation", "document", "other"]),
      canonical: z.string(),
    }),
  ),
  attribution: z.array(
    z.object({
      ...text,
      canonical: z.string(),
      kind: z.enum(["publication", "official", "anonymous", "person", "organisation", "document", "pronoun"]),
    }),
  ),
  labels: z.array(
    z.object({ ...text, verb: z.string(), stance: z.enum(["current", "proposed"]), target: z.string().nullable() }),
  ),
  modality: z.object({ value: modalitySchema, cue: z.string().nullable() }),
}) satisfies z.ZodType<Facets>;

/**
 * An article's claims as the extractor made them, kept with the article (its content hash) so no import redoes them.
 */
export const extractionSchema = z.array(
  z.object({
    ...text,
    id: z.string(),
    articleId: z.string(),
    kind: claimKindSchema,
    worthiness: z.number(),
    worthinessReasons: z.array(z.string()),
    facets: facetsSchema,
    terms: z.array(z.string()),
    verbs: z.array(z.object({ ...span, lemma: z.string(), reporting: z.boolean() })),
  }) satisfies z.ZodType<Claim>,
);

export const storedFacetsSchema = facetsSchema.extend({ worthinessReasons: z.array(z.string()).default([]) });
export type StoredFacets = z.infer<typeof storedFacetsSchema>;

export const readFacets = (claimId: number, value: unknown): StoredFacets =>
  readJson(storedFacetsSchema, value, `facets of claim ${claimId}`);

const manifestSchema = z.object({
  file: z.string(),
  outlet: z.string().nullish(),
  publishedAt: z.string().nullish(),
  modifiedAt: z.string().nullish(),
  authors: z.array(z.string()).optional(),
  url: z.string().nullish(),
  title: z.string().nullish(),
  cites: z.array(z.string()).optional(),
  republishedFrom: z.string().nullish(),
}) satisfies z.ZodType<ManifestEntry>;

const partSchema = z.object({
  ...span,
  kind: z.enum(["headline", "subhead", "dateline", "byline", "caption", "furniture"]),
  reason: z.string(),
}) satisfies z.ZodType<ArticlePart>;

const from = z.enum(["manifest", "text"]).nullable().default(null);

/** What an article row keeps beside its text: the manifest entry as received, and what ingest derived. */
export const articleMetaSchema = z.object({
  manifest: manifestSchema.nullable().default(null),
  outletFrom: from,
  publishedFrom: from,
  cites: z.array(z.string()).default([]),
  republishedFrom: z.string().nullable().default(null),
  parts: z.array(partSchema).default([]),
  format: z.enum(["text", "markdown", "html"]).default("text") satisfies z.ZodType<Format>,
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const readArticleMeta = (articleId: number, value: unknown): ArticleMeta =>
  readJson(articleMetaSchema, value, `metadata of article ${articleId}`);

const matchSchema = z.object({
  a: z.string(),
  b: z.string(),
  score: z.number(),
  evidence: z.array(z.string()),
}) satisfies z.ZodType<Match>;

const originSchema = z.object({
  key: z.string(),
  label: z.string(),
  claimIds: z.array(z.string()),
  via: z.string(),
  claimKeys: z.array(z.string()),
}) satisfies z.ZodType<Origin & { claimKeys: string[] }>;

export const groupEvidenceSchema = z.object({
  storyId: z.string(),
  verdictReason: z.string(),
  origins: z.array(originSchema),
  matches: z.array(matchSchema),
});
export type GroupEvidence = z.infer<typeof groupEvidenceSchema>;

export const readGroupEvidence = (groupId: number, value: unknown): GroupEvidence =>
  readJson(groupEvidenceSchema, value, `evidence of group ${groupId}`);

export const claimKeysSchema = z.array(z.string());
export const jsonObjectSchema = z.record(z.string(), z.unknown());

/** A JSON column read through its schema; a row that does not fit is a bug in what wrote it, named by column. */
export function readJson<T>(schema: z.ZodType<T>, value: unknown, column: string): T {
  const parsed = schema.safeParse(json(value));
  if (!parsed.success) throw new Error(`stored ${column} does not have the expected shape: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * What the pipeline hands over is plain data (numbers, strings, arrays, records); Prisma's input type cannot see that
 * through `unknown` members such as a discrepancy's evidence.
 */
export function toJson(value: object): Prisma.InputJsonObject | Prisma.InputJsonArray {
  return value as Prisma.InputJsonObject;
}

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
  const keys = claimKeysSchema.safeParse(json(row.claimKeys));
  if (!found.success || !keys.success)
    throw new Error(`stored discrepancy ${row.id} (${row.kind}) does not fit its shape: ${found.error ?? keys.error}`);
  const { id, groupId, severity, summary } = row;
  return { ...found.data, id, groupId, severity, summary, claimKeys: keys.data };
}

/** The members a retired group had, stored with its alias so its reviews can say what changed since. */
export function readAliasMembers(row: { key: string; claimKeys: unknown }): string[] {
  const keys = claimKeysSchema.safeParse(json(row.claimKeys));
  if (!keys.success) throw new Error(`stored alias ${row.key}'s claim keys do not fit their shape: ${keys.error}`);
  return keys.data;
}
