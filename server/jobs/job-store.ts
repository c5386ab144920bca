import { z } from "zod";
import type { IngestFailure, SourceDocument } from "../../lib/ingest/types";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { readJson, toJson } from "../stored-json";
import { jobQueue } from "./queue";
import { itemProgressSchema, type ItemProgress } from "../../lib/ingest/progress";
import { WEB_WRITE_WAIT_MS, whileBusy } from "../store-retry";
import { LOCAL_ACTOR, requireRole, ROLES, type Actor } from "../actor";
import { storyByRef } from "../story-rows";

// Queueing a job and reading its state, apart from running it (import-jobs.ts): the web routes load this module, so
// it must not pull in the NLP pipeline, whose loading alone holds up the event loop for a second or more.
export const JOB_STATES = ["queued", "running", "done", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];

export const inputSchema = z.object({
  documents: z.array(
    z.object({ file: z.string(), raw: z.string(), manifest: z.looseObject({ file: z.string() }).optional() }),
  ),
  failures: z.array(z.object({ file: z.string(), reason: z.string() })),
  // Pages the worker fetches before importing: fetching is slow and may fail, so it is the job's work too.
  urls: z.array(z.string()).default([]),
  // The story to import into (its id), or null for the automatic story separation; jobs stored before had none.
  story: z.string().nullable().default(null),
  // Who queued it, so the import is checked and audited as theirs; jobs stored before were the local user's.
  actor: z.object({ userId: z.string().nullable(), name: z.string(), role: z.enum(ROLES) }).default(LOCAL_ACTOR),
});

export const resultSchema = z.object({
  added: z.number(),
  unchanged: z.number(),
  failures: z.array(z.object({ file: z.string(), reason: z.string() })),
  claims: z.number(),
  groups: z.number(),
  // The stories the job's articles are in once it is done; jobs stored before this was kept have none.
  stories: z.array(z.string()).default([]),
});

export type ImportJobResult = z.infer<typeof resultSchema>;

export type ImportJobStatus = {
  id: number;
  state: JobState;
  attempts: number;
  result: ImportJobResult | null;
  /** Each article's state; empty for a job no worker has started (or one stored before progress was kept). */
  items: ItemProgress[];
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
};

/**
 * Store the documents (and pages to fetch) as a job and hand it to the queue; a worker fetches and imports them.
 * Answers at once with the job's id.
 */
export async function enqueueImport(
  documents: SourceDocument[],
  failures: IngestFailure[] = [],
  urls: string[] = [],
  { story = null, actor = LOCAL_ACTOR }: { story?: string | null; actor?: Actor } = {},
): Promise<number> {
  requireRole(actor, "editor");
  // The story is checked now, so a form naming none that exists is refused at once rather than by a failed job.
  const storyId = story === null ? null : (await storyByRef(db(), story)).id;
  const input = toJson({ documents, failures, urls, story: storyId, actor });
  const job = await whileBusy(
    () => db().importJob.create({ data: { input }, select: { id: true } }),
    WEB_WRITE_WAIT_MS,
  );
  await (await jobQueue()).notify(job.id);
  return job.id;
}

export async function importJobStatus(id: number): Promise<ImportJobStatus> {
  const job = await db().importJob.findUnique({ where: { id } });
  if (!job) throw new NotFoundError(`Import job ${id}`);
  return {
    id: job.id,
    state: z.enum(JOB_STATES).parse(job.state),
    attempts: job.attempts,
    result: job.result === null ? null : readJson(resultSchema, job.result, "ImportJob.result"),
    items: job.progress === null ? [] : readJson(z.array(itemProgressSchema), job.progress, "ImportJob.progress"),
    error: job.error,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}
