// Runs inside the app's job thread (job-thread.ts starts it): the worker loop, stopped by a "stop" message.
import { parentPort } from "node:worker_threads";
import { workImportJobs } from "./work";

const stop = await workImportJobs((line) => console.log(`job thread: ${line}`));
parentPort?.on("message", (message: unknown) => {
  if (message !== "stop") return;
  // The store and the queue are closed by now; exit ends this thread only.
  void stop().finally(() => process.exit(0));
});
console.log("job thread: waiting for import jobs");
