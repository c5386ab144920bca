import { disconnect } from "../db";
import { configureMatcherOnce } from "../match-config";
import { runImportJob } from "./import-jobs";
import { jobQueue, stopJobQueue } from "./queue";

/**
 * Take import jobs from the queue until the returned function is called; that function lets the job at hand finish
 * and closes the store. `npm run worker` and the app's own job thread (job-thread.ts) both run this loop.
 */
export async function workImportJobs(log: (line: string) => void): Promise<() => Promise<void>> {
  // Loaded before the first job, so a worker without word vectors says so when it starts.
  configureMatcherOnce();
  const queue = await jobQueue();
  void queue.work(async (id) => {
    const t0 = performance.now();
    await runImportJob(id);
    log(`import job ${id} done in ${Math.round(performance.now() - t0)} ms`);
  });
  return async () => {
    await stopJobQueue();
    await disconnect();
  };
}
