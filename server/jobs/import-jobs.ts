import { contentHash } from "../../lib/ingest/index";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { importDocuments } from "../import";
import { fetchDocuments } from "../url-import";
import { readJson, toJson } from "../stored-json";
import { whileBusy } from "../store-retry";
import { inputSchema, type ImportJobResult } from "./job-store";
import { jobProgress } from "./job-progress";
import type { ItemProgress } from "../../lib/ingest/progress";

/**
 * Run one import job. Safe to run again after a worker died mid-way: the import is one transaction, so a dead
 * worker stored nothing, and a job already done is left alone.
 */
export async function runImportJob(id: number): Promise<void> {
  const job = await db().importJob.findUnique({ where: { id } });
  if (!job) throw new NotFoundError(`Import job ${id}`);
  if (job.state === "done") return;
  const input = readJson(inputSchema, job.input, "ImportJob.input");
  const progress = jobProgress(id, startingItems(input));
  try {
    await progress.flush();
    const fetched = await fetchDocuments(input.urls, undefined, progress.update);
    const documents = [...input.documents, ...fetched.documents];
    const failures = [...input.failures, ...fetched.failures];
    const {
      reanalysis: _reanalysis,
      story: _story,
      ...counts
    } = await importDocuments(documents, failures, {
      onProgress: progress.update,
      story: input.story,
      actor: input.actor,
    });
    const result: ImportJobResult = { ...counts, stories: await storiesOf(documents) };
    await progress.flush();
    await whileBusy(() =>
      db().importJob.update({
        where: { id },
        data: {
          state: "done",
          result: toJson(result),
          progress: toJson(progress.items()),
          error: null,
          finishedAt: new Date(),
        },
      }),
    );
  } catch (e) {
    await progress.flush();
    const message = e instanceof Error ? e.message : String(e);
    await whileBusy(() =>
      db().importJob.update({ where: { id }, data: { state: "failed", error: message, finishedAt: new Date() } }),
    );
    throw e;
  }
}

/** Every article of the job, queued; what the web form refused already is failed with its reason from the start. */
function startingItems(input: ReturnType<typeof inputSchema.parse>): ItemProgress[] {
  return [
    ...input.documents.map((d): ItemProgress => ({ source: d.file, state: "queued" })),
    ...input.urls.map((url): ItemProgress => ({ source: url, state: "queued" })),
    ...input.failures.map((f): ItemProgress => ({ source: f.file, state: "failed", reason: f.reason })),
  ];
}

/** The stories the stored copies of these documents are in, sorted by id text. */
async function storiesOf(documents: { raw: string }[]): Promise<string[]> {
  const hashes = documents.map((d) => contentHash(d.raw));
  const rows = await db().article.findMany({ where: { hash: { in: hashes } }, select: { story: true } });
  return [...new Set(rows.flatMap((r) => (r.story ? [r.story] : [])))].sort();
}
