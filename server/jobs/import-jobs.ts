import { z } from "zod";
import type { IngestFailure, SourceDocument } from "../../lib/ingest/types";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { contentHash } from "../../lib/ingest/index";
import { importDocuments } from "../import";
import { readJson, toJson } from "../stored-json";
import { jobQueue } from "./queue";

export const JOB_STATES = ["queued", "running", "done", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];

const inputSchema = z.object({
  documents: z.array(
    z.object({ file: z.string(), raw: z.string(), manifest: z.looseObject({ file: z.string() }).optional() }),
  ),
  failures: z.array(z.object({ file: z.string(), reason: z.string() })),
});

const resultSchema = z.object({
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
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
};

/** Store the documents as a job and hand it to the queue; a worker imports them. Answers at once with the job's id. */
export async function enqueueImport(documents: SourceDocument[], failures: IngestFailure[] = []): Promise<number> {
  const job = await db().importJob.create({ data: { input: toJson({ documents, failures }) }, select: { id: true } });
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
    error: job.error,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}

/**
 * Run one import job. Safe to run again after a worker died mid-way: the import is one transaction, so a dead
 * worker stored nothing, and a job already done is left alone.
 */
export async function runImportJob(id: number): Promise<void> {
  const job = await db().importJob.findUnique({ where: { id } });
  if (!job) throw new NotFoundError(`Import job ${id}`);
  if (job.state === "done") return;
  const input = readJson(inputSchema, job.input, "ImportJob.input");
  try {
    const { reanalysis: _reanalysis, ...counts } = await importDocuments(input.documents, input.failures);
    const result: ImportJobResult = { ...counts, stories: await storiesOf(input.documents) };
    await db().importJob.update({
      where: { id },
      data: { state: "done", result: toJson(result), error: null, finishedAt: new Date() },
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await db().importJob.update({ where: { id }, data: { state: "failed", error: message, finishedAt: new Date() } });
    throw e;
  }
}

/** The stories the stored copies of these documents are in, sorted by id text. */
async function storiesOf(documents: { raw: string }[]): Promise<string[]> {
  const hashes = documents.map((d) => contentHash(d.raw));
  const rows = await db().article.findMany({ where: { hash: { in: hashes } }, select: { story: true } });
  return [...new Set(rows.flatMap((r) => (r.story ? [r.story] : [])))].sort();
}
