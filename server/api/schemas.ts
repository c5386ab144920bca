import { z } from "zod";
import { DISCREPANCY_KINDS, STORY_STATUSES, VERDICTS } from "../column-values";
import { REVIEW_STATUSES } from "../reviews";
import { FLAG_KINDS } from "../decisions-store";
import type { StorySummary } from "../stories";

/** Path values: a value that fits none names nothing, so the framework answers 404 (server/api/serve.ts). */
export const storyParams = z.object({
  id: z
    .string()
    .regex(/^s\d{1,9}$/)
    .describe("A story id: s and a number"),
});
export const groupParams = z.object({
  key: z
    .string()
    .regex(/^[0-9a-f]{20}$/)
    .describe("A group key: 20 hex digits"),
});

export const isoDate = z.iso.datetime({ offset: true });
const day = z.iso.date();

export const storySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(STORY_STATUSES).describe("suggested by the automatic story separation, or accepted by an editor"),
  createdBy: z.string(),
  createdAt: isoDate,
  articles: z.number().int(),
  groups: z.number().int(),
  discrepancies: z.number().int().describe("Groups whose verdict is discrepancy"),
});

/** A story as the API sends it: dates as ISO text. */
export const storyJson = (story: StorySummary) => ({ ...story, createdAt: story.createdAt.toISOString() });

const review = z.object({
  status: z.enum(REVIEW_STATUSES),
  note: z.string(),
  at: isoDate,
  reviewer: z.string().nullable(),
  changedSinceReview: z.boolean(),
});

export const groupSchema = z.object({
  key: z.string(),
  rank: z.number().int(),
  verdict: z.enum(VERDICTS),
  severity: z.number().int(),
  label: z.string(),
  claims: z.array(
    z.object({
      key: z.string(),
      articleId: z.number().int(),
      outlet: z.string().nullable(),
      publishedAt: z.string().nullable(),
      text: z.string(),
      span: z.object({ start: z.number().int(), end: z.number().int() }),
      review: z
        .object({ status: z.enum(REVIEW_STATUSES), note: z.string(), at: isoDate })
        .nullable()
        .describe("The claim's latest review, if an editor reviewed it"),
    }),
  ),
  discrepancies: z.array(
    z.object({
      kind: z.enum(DISCREPANCY_KINDS),
      severity: z.number().int(),
      summary: z.string(),
      claimKeys: z.array(z.string()),
    }),
  ),
  flags: z
    .array(
      z.object({
        id: z.number().int(),
        claimKey: z.string(),
        otherClaimKey: z.string(),
        kind: z.enum(FLAG_KINDS),
        note: z.string(),
      }),
    )
    .describe("Editors' flags on its claims: discrepancies the analysis missed"),
  latestReview: review.nullable(),
});

/** A group list's filters as URL query values: the same ones the group list page reads. */
export const groupFilterQuery = z.object({
  verdict: z.enum(VERDICTS).optional(),
  kind: z.enum(DISCREPANCY_KINDS).optional().describe("A discrepancy kind the group carries, found or flagged"),
  severity: z.coerce.number().int().min(0).max(3).optional().describe("Lowest severity of a discrepancy it carries"),
  outlet: z.string().min(1).optional().describe("An outlet one of its claims comes from, by name"),
  status: z.enum(REVIEW_STATUSES).optional().describe("Its latest review's status; unreviewed when none"),
  reviewer: z.string().min(1).optional().describe("Who made its latest review"),
  from: day.optional().describe("A claim's article was published on or after this day"),
  to: day.optional().describe("A claim's article was published on or before this day"),
  q: z.string().min(1).max(200).optional().describe("Words that must all appear in one of its claims"),
});

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const groupPageSchema = z.object({
  story: z.string(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  groups: z.array(groupSchema),
});

export const reviewBody = z.object({
  status: z.enum(REVIEW_STATUSES),
  note: z.string().max(2000).default(""),
});

export const reviewSchema = z.object({
  id: z.number().int(),
  groupKey: z.string(),
  status: z.enum(REVIEW_STATUSES),
  note: z.string(),
  createdAt: isoDate,
});

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: isoDate,
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  story: z.string().nullable(),
  target: z.string(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});

export const searchQuery = z.object({
  q: z.string().min(2).max(200).describe("Words that must all appear, ignoring case, as substrings"),
  story: z
    .string()
    .regex(/^s\d{1,9}$/)
    .optional()
    .describe("Search within this story only"),
});

export const searchSchema = z.object({
  q: z.string(),
  story: z.string().nullable(),
  more: z.boolean(),
  claims: z.array(
    z.object({
      key: z.string(),
      text: z.string(),
      story: z.string().nullable(),
      groupKey: z.string().nullable(),
      articleId: z.number().int(),
      outlet: z.string().nullable(),
    }),
  ),
  articles: z.array(
    z.object({
      id: z.number().int(),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
      story: z.string().nullable(),
      snippet: z.string(),
    }),
  ),
});
