/**
 * Runs once when a Next server starts: its job thread takes import jobs from the queue, including any left queued
 * by an earlier run, so imports run without a separate `npm run worker` (CROSSCHECK_WORKERS=separate turns it off).
 */
export async function register() {
  // The edge runtime has no worker threads, and a build collects pages without serving them.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobThread } = await import("./server/jobs/job-thread");
  startJobThread();
}
