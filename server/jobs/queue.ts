import { databaseUrl, providerOf } from "../database-url";
import { postgresQueue } from "./postgres-queue";
import { tableQueue } from "./table-queue";
import type { JobQueue } from "./types";

export type { JobQueue, RunJob } from "./types";

const globalForQueue = globalThis as unknown as { jobQueue?: Promise<JobQueue> };

export function jobQueue(): Promise<JobQueue> {
  const url = databaseUrl();
  globalForQueue.jobQueue ??= providerOf(url) === "postgres" ? postgresQueue(url) : Promise.resolve(tableQueue());
  return globalForQueue.jobQueue;
}

export async function stopJobQueue(): Promise<void> {
  const queue = globalForQueue.jobQueue;
  globalForQueue.jobQueue = undefined;
  await (await queue)?.stop();
}
