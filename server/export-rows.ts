import { z } from "zod";

// The JSON text columns an export reads, checked on the way out of the database: a row that does not parse is a
// bug to see, not a shape to guess at.

export const articleMeta = z.object({
  outletFrom: z.enum(["manifest", "text"]).nullable().default(null),
  publishedFrom: z.enum(["manifest", "text"]).nullable().default(null),
  cites: z.array(z.string()).default([]),
  republishedFrom: z.string().nullable().default(null),
  parts: z.array(z.object({ start: z.number(), end: z.number(), kind: z.string(), reason: z.string() })).default([]),
  format: z.enum(["text", "markdown", "html"]).default("text"),
});

const origin = z.object({ key: z.string(), label: z.string(), via: z.string(), claimKeys: z.array(z.string()) });

const match = z.object({ a: z.string(), b: z.string(), score: z.number(), evidence: z.array(z.string()) });

export const groupEvidence = z.object({
  verdictReason: z.string(),
  origins: z.array(origin),
  matches: z.array(match),
});

export const claimKeys = z.array(z.string());

export const jsonObject = z.record(z.string(), z.unknown());

/** Parse a JSON text column through its schema, naming the row when it does not fit. */
export function readJson<T>(schema: z.ZodType<T>, text: string, where: string): T {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${where} holds JSON of an unexpected shape: ${parsed.error.message}`);
  return parsed.data;
}
