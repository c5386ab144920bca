/** Poll until `done` holds, every 100 ms for at most `seconds`; the error names what never happened. */
export async function until(done: () => Promise<boolean>, what: string, seconds = 120): Promise<void> {
  for (let i = 0; i < seconds * 10; i++) {
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The finished status of the job a 202 from POST /api/import names, once the app's job thread has run it. */
export async function finishedJob(response: Response) {
  const { jobId } = (await response.json()) as { jobId: number };
  return jobDone(jobId);
}

/** A job's status once the app's job thread has run it (done or failed). */
export async function jobDone(jobId: number) {
  const { importJobStatus } = await import("@/server/jobs/job-store");
  await until(async () => !["queued", "running"].includes((await importJobStatus(jobId)).state), `job ${jobId}`);
  return importJobStatus(jobId);
}

/** Stop the job thread and the queue a test started, before its database is removed. */
export async function stopJobs(): Promise<void> {
  const { stopJobThread } = await import("@/server/jobs/job-thread");
  const { stopJobQueue } = await import("@/server/jobs/queue");
  await stopJobThread();
  await stopJobQueue();
}
