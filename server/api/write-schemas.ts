import { z } from "zod";
import { MAX_ARTICLE_BYTES } from "../../lib/ingest/decode";
import { isoDay, webUrl } from "../../lib/ingest/fields";
import { itemProgressSchema } from "../../lib/ingest/progress";
import { JOB_STATES } from "../jobs/job-store";
import { claimKey, decisionInputs } from "../decisions-input";
import { REVIEW_STATUSES } from "../reviews";
import { MAX_UPLOAD_FILES, MAX_URLS } from "../web-import";
import { isoDate } from "./schemas";
import { textField } from "../text-field";

/** Bodies and answers of the JSON API's writes beyond a group review: the schemas the services take, per route. */
export const claimParams = z.object({
  key: claimKey.describe("A claim key: its article's 16 hex digits, then the claim's start and end, colon-separated"),
});

const pastedArticle = z.strictObject({
  text: textField().min(1).max(MAX_ARTICLE_BYTES).describe("The article's text"),
  title: textField().trim().min(1).max(500).optional().describe("Its headline, where the text does not state one"),
  outlet: textField().trim().min(1).max(200).optional(),
  publishedAt: isoDay.optional().describe("The day it was published, YYYY-MM-DD"),
  url: webUrl.optional().describe("Where it was published"),
});
const articleUrls = z.strictObject({
  urls: z.array(webUrl).min(1).max(MAX_URLS).describe("Article pages to fetch and import"),
});

export const articlesBody = z.union([pastedArticle, articleUrls]);
export const articlesForm = z.object({
  files: z
    .array(z.file())
    .min(1)
    .max(MAX_UPLOAD_FILES + 1)
    .describe("Article files (.txt, .md, .html), and a manifest.json of their outlets and dates if wanted"),
});

export const importQueuedSchema = z.object({
  jobId: z.number().int(),
  state: z.literal("queued"),
  kept: z.string().nullable().describe("metadata-kept: the pasted text is stored already, with other metadata"),
  status: z.string().describe("The job's state as JSON: once done, what was added, unchanged and refused"),
  page: z.string().describe("The job's page for people"),
});

export const claimReviewBody = decisionInputs.claimReview.omit({ claimKey: true });
export const claimReviewSchema = z.object({
  id: z.number().int(),
  claimKey: z.string(),
  status: z.enum(REVIEW_STATUSES),
  note: z.string(),
  createdAt: isoDate,
});

export const flagBody = decisionInputs.flag.omit({ claimKey: true });
export const moveBody = decisionInputs.move.omit({ claimKey: true });
export const mergeBody = decisionInputs.merge;
export const splitBody = z.object({ claimKeys: z.array(claimKey).min(1).describe("The claims to split out") });

export const decisionSchema = z.object({
  id: z.number().int().describe("The decision's id"),
  groupKeys: z.array(z.string()).describe("The groups its claims are in now, after the story was re-analysed"),
});

export const jobParams = z.object({
  id: z
    .string()
    .regex(/^[1-9]\d{0,9}$/)
    .describe("An import job's number"),
});
const count = z.number().int();
export const jobSchema = z.object({
  id: count,
  state: z.enum(JOB_STATES),
  pending: z.boolean().describe("Queued or running: read it again later"),
  attempts: count,
  createdAt: isoDate,
  finishedAt: isoDate.nullable(),
  result: z
    .object({
      added: count,
      unchanged: count,
      refused: z.array(z.object({ file: z.string(), reason: z.string() })),
      stories: z.array(z.object({ id: z.string(), href: z.string() })),
    })
    .nullable()
    .describe("Once done: what was added, left unchanged (stored already) and refused, with the reason"),
  items: z.array(itemProgressSchema).describe("Each article's progress, in the order given"),
  counts: z.object({ done: count, failed: count, total: count }),
  links: z.object({ status: z.string(), page: z.string() }),
});
