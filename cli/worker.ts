// npm run worker: run import jobs until stopped (SIGINT or SIGTERM finish the job at hand first). Any number of
// workers may share one database; each job runs once. The web app runs the same loop in a thread of its own unless
// CROSSCHECK_WORKERS=separate (server/jobs/job-thread.ts).
import { workImportJobs } from "../server/jobs/work";

const stop = await workImportJobs((line) => console.log(`worker ${process.pid}: ${line}`));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
console.log(`worker ${process.pid}: waiting for import jobs`);
