// npm run worker: run import jobs until stopped (SIGINT or SIGTERM finish the job at hand first). Any number of
// workers may share one database; each job runs once.
import { disconnect } from "../server/db";
import { runImportJob } from "../server/jobs/import-jobs";
import { jobQueue, stopJobQueue } from "../server/jobs/queue";
import { configureMatcherOnce } from "../server/match-config";

// Loaded before the first job, so a worker without word vectors says so when it starts.
configureMatcherOnce();

const queue = await jobQueue();
const stop = async () => {
  await stopJobQueue();
  await disconnect();
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
console.log(`worker ${process.pid}: waiting for import jobs`);
await queue.work(async (id) => {
  const t0 = performance.now();
  await runImportJob(id);
  console.log(`worker ${process.pid}: import job ${id} done in ${Math.round(performance.now() - t0)} ms`);
});
