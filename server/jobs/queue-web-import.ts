import type { Actor } from "../actor";
import { webSubmission, type Upload } from "../web-import";
import { enqueueImport } from "./job-store";
import { startJobThread } from "./job-thread";
import { jobLinks } from "./job-links";

/**
 * Check a web or API submission and queue it as an import job: a submission that cannot be imported is refused at
 * once, the rest is the job's work. Answers with the job's id and where its state can be read.
 */
export async function queueWebImport(
  fields: Record<string, unknown>,
  uploads: Upload[],
  story: string | null,
  actor: Actor,
) {
  const { documents, failures, urls, kept } = await webSubmission(fields, uploads);
  const jobId = await enqueueImport(documents, failures, urls, { story, actor });
  // Idempotent: the thread normally starts with the server (instrumentation.ts); this covers a dev reload.
  startJobThread();
  return { jobId, state: "queued" as const, kept, ...jobLinks(jobId) };
}
