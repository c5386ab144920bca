import { z } from "zod";
import type { Claim, Facets } from "../lib/extract/types";
import type { ArticlePart, Format, ManifestEntry } from "../lib/ingest/types";
import type { Match } from "../lib/match/types";
import type { Origin } from "../lib/judge/types";
import type { Prisma } from "../generated/prisma/client";
import { claimKindSchema, modalitySchema } from "./column-values";

// The JSON columns' shapes. Rows are read through these, so a page gets typed view models and never parses JSON.

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
      qualifier: z.enum(["exact", "about", "up-to", "at-most", "less-than", "at-least", "more-than"]),
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

/** An article's claims as the extractor made them, kept with the article (its content hash) so no import redoes them. */
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

const manifestSchema = z.object({
  file: z.string(),
  outlet: z.string().nullish(),
  publishedAt: z.string().nullish(),
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

export const claimKeysSchema = z.array(z.string());
export const discrepancyEvidenceSchema = z.record(z.string(), z.unknown());

/** A JSON column read through its schema; a row that does not fit is a bug in what wrote it, named by column. */
export function readJson<T>(schema: z.ZodType<T>, value: unknown, column: string): T {
  const parsed = schema.safeParse(value);
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
