import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";
import { databaseUrl } from "../database-url";

/**
 * The app's own worker: a Node worker thread that takes import jobs from the queue, so an import's extraction and
 * re-analysis never run on the thread that serves pages, and jobs run without a separate `npm run worker`.
 * CROSSCHECK_WORKERS=separate leaves it out, for deployments whose workers run apart (Procfile, compose.yaml); on
 * PostgreSQL several app processes and workers may all take from one queue anyway.
 */
export const workersAreSeparate = (env: NodeJS.ProcessEnv = process.env) => env.CROSSCHECK_WORKERS === "separate";

// Paths from the app's folder: Next bundles this module, so its own location says nothing about where the sources are.
const BOOT = "server/jobs/job-thread-boot.mjs";
const MAIN = "server/jobs/job-thread-main.ts";
/** How long a stop waits for the job at hand before it ends the thread (its job is then retried after its lease). */
const STOP_WAIT_MS = 60_000;

type JobThread = { url: string; worker: Worker; exited: Promise<void> };

// One thread per process and database; kept on globalThis because Next's dev server reloads modules.
const globalForThread = globalThis as unknown as { crosscheckJobThread?: JobThread };

/** Start the job thread unless one runs for this database already (or workers are separate). */
export function startJobThread(): void {
  if (workersAreSeparate()) return;
  const url = databaseUrl();
  const running = globalForThread.crosscheckJobThread;
  if (running?.url === url) return;
  if (running) void stopThread(running);
  const root = process.cwd();
  const options: WorkerOptions = {
    workerData: { entry: pathToFileURL(path.join(root, MAIN)).href },
    env: { ...process.env, DATABASE_URL: url },
  };
  // Not `new Worker(...)`: Next's bundler would follow that call and try to bundle tsx into the thread's entry.
  const worker: Worker = Reflect.construct(Worker, [path.join(root, BOOT), options]);
  // The thread never keeps a process alive by itself: a test run or a script ends when its own work does.
  worker.unref();
  const thread: JobThread = {
    url,
    worker,
    exited: new Promise((resolve) => worker.once("exit", () => resolve())),
  };
  worker.on("error", (e) => console.error("job thread failed:", e));
  void thread.exited.then(() => {
    if (globalForThread.crosscheckJobThread === thread) globalForThread.crosscheckJobThread = undefined;
  });
  globalForThread.crosscheckJobThread = thread;
}

async function stopThread(thread: JobThread): Promise<void> {
  thread.worker.postMessage("stop");
  const timer = setTimeout(() => void thread.worker.terminate(), STOP_WAIT_MS);
  await thread.exited;
  clearTimeout(timer);
}

/** Let the job at hand finish, then end the thread. */
export async function stopJobThread(): Promise<void> {
  const thread = globalForThread.crosscheckJobThread;
  globalForThread.crosscheckJobThread = undefined;
  if (thread) await stopThread(thread);
}
