import { contentHash } from "../../lib/ingest/index";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { importDocuments } from "../import";
import { fetchDocuments } from "../url-import";
import { readJson, toJson } from "../stored-json";
import { whileBusy } from "../store-retry";
import { inputSchema, type ImportJobResult } from "./job-store";

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
    const fetched = await fetchDocuments(input.urls);
    const documents = [...input.documents, ...fetched.documents];
    const { reanalysis: _reanalysis, ...counts } = await importDocuments(documents, [
      ...input.failures,
      ...fetched.failures,
    ]);
    const result: ImportJobResult = { ...counts, stories: await storiesOf(documents) };
    await whileBusy(() =>
      db().importJob.update({
        where: { id },
        data: { state: "done", result: toJson(result), error: null, finishedAt: new Date() },
      }),
    );
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await whileBusy(() =>
      db().importJob.update({ where: { id }, data: { state: "failed", error: message, finishedAt: new Date() } }),
    );
    throw e;
  }
}

/** The stories the stored copies of these documents are in, sorted by id text. */
async function storiesOf(documents: { raw: string }[]): Promise<string[]> {
  const hashes = documents.map((d) => contentHash(d.raw));
  const rows = await db().article.findMany({ where: { hash: { in: hashes } }, select: { story: true } });
  return [...new Set(rows.flatMap((r) => (r.story ? [r.story] : [])))].sort();
}
