import { z } from "zod";
import { AUDIT_ACTIONS } from "./audit";
import { decisionData, FLAG_KINDS } from "./decisions-store";

// The JSON export of one story: the `analyze --json` contract (lib/analyze/json.ts) for the story's articles, claims
// and groups, read back from the store, plus the editors' work: reviews of groups and of claims, flags, restructuring
// decisions and the story's audit log. Ids are the stored ones (articles as in
// /articles/{id}); groups are addressed by their keys (/groups/{key}) and claims named by theirs. A run's timings and
// the name-variant table are not stored, so they are not here. schemas/story-export.schema.json is generated from
// this file (`npm run schema:export`) and a test keeps the two equal.

const span = z.object({ start: z.number().int(), end: z.number().int() });

const article = z.object({
  id: z.number().int(),
  file: z.string(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  hash: z.string(),
  format: z.enum(["text", "markdown", "html"]),
  body: span,
  outletFrom: z.enum(["manifest", "text"]).nullable(),
  publishedFrom: z.enum(["manifest", "text"]).nullable(),
  cites: z.array(z.string()),
  republishedFrom: z.string().nullable(),
  parts: z.array(span.extend({ kind: z.string(), reason: z.string() })),
});

const review = z.object({
  status: z.string(),
  note: z.string(),
  at: z.string().describe("when the editor saved it, ISO 8601"),
});

const claim = z.object({
  id: z.string().describe("the claim's stable key: article hash and offsets"),
  articleId: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string().describe("exactly the article's raw text from start to end"),
  kind: z.string(),
  worthiness: z.number(),
  worthinessReasons: z.array(z.string()),
  modality: z.string(),
  facets: z.record(z.string(), z.unknown()),
  review: review.nullable().describe("the editors' current review of this claim: the newest"),
  reviews: z.array(review).describe("every review of this claim, newest first"),
});

const latestReview = review.extend({
  reviewer: z.string().nullable().describe("who saved it, as the audit log names them; null before the log"),
  changedSinceReview: z
    .boolean()
    .describe("the review was made on an earlier version of the group (before re-analysis, a split or a merge)"),
});

const flag = z.object({
  decisionId: z.number().int(),
  kind: z.enum(FLAG_KINDS),
  note: z.string(),
  claimIds: z.array(z.string()).describe("the flagged claim, then the claim it is inconsistent with"),
  at: z.string(),
});

const decisionOf = <K extends keyof typeof decisionData>(kind: K) =>
  z.object({ id: z.number().int(), kind: z.literal(kind), at: z.string(), data: decisionData[kind] });
const decision = z
  .discriminatedUnion("kind", [
    decisionOf("flag"),
    decisionOf("split"),
    decisionOf("move"),
    decisionOf("merge"),
    decisionOf("apart"),
  ])
  .describe("an editor's decision on the story's claims, as stored; claims are named by their ids (keys)");

const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  target: z.string().describe("what was acted on: a group or claim key, an article id, a story id"),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});

const group = z.object({
  id: z.number().int(),
  key: z.string(),
  storyId: z.string(),
  claimIds: z.array(z.string()),
  verdict: z.enum(["agree", "discrepancy", "single-source"]),
  verdictReason: z.string(),
  originCount: z.number().int(),
  origins: z.array(z.object({ key: z.string(), label: z.string(), via: z.string(), claimIds: z.array(z.string()) })),
  discrepancies: z.array(
    z.object({
      kind: z.string(),
      claimIds: z.array(z.string()),
      summary: z.string(),
      severity: z.number().int(),
      counted: z.boolean(),
      evidence: z.record(z.string(), z.unknown()),
    }),
  ),
  matches: z.array(z.object({ a: z.string(), b: z.string(), score: z.number(), evidence: z.array(z.string()) })),
  severity: z.number().int(),
  rank: z.number().int(),
  label: z.string(),
  flags: z.array(flag).describe("editors' flags on the group's claims, counted in its verdict"),
  review: latestReview
    .nullable()
    .describe("the editors' current decision as the desk shows it: the group's newest, else an earlier version's"),
  reviews: z.array(review).describe("every review of this group key, newest first"),
});

export const storyExportSchema = z.object({
  format: z.literal("crosscheck-story"),
  version: z.literal(1),
  exportedAt: z.string(),
  story: z.object({ id: z.string(), title: z.string().nullable(), articleIds: z.array(z.number().int()) }),
  articles: z.array(article),
  claims: z.array(claim),
  groups: z.array(group),
  decisions: z.array(decision).describe("oldest first: the order they apply in"),
  audit: z.array(auditEntry).describe("the story's audit log, newest first"),
});

export type StoryExport = z.infer<typeof storyExportSchema>;

export function storyExportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(storyExportSchema, { target: "draft-2020-12" });
}
