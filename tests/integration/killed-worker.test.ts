import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores, TEST_PROVIDER } from "../helpers/store";
import { heavyArticle } from "../helpers/heavy-article";
import { until } from "../helpers/jobs";

// Issue 10: "a killed worker's job is retried". Two `npm run worker` processes on the provider under test: the first
// is killed (SIGKILL, so it cleans nothing up) while it runs a job; the second takes the job over once its lease ran
// out, and the import is stored once.
const LEASE_SECONDS = 10;
// This process queues the job (and on PostgreSQL creates the queue), so it runs under the same short lease.
process.env.CROSSCHECK_JOB_LEASE_SECONDS = `${LEASE_SECONDS}`;
const { db } = await import("@/server/db");
const { enqueueImport, importJobStatus } = await import("@/server/jobs/job-store");
const { stopJobQueue } = await import("@/server/jobs/queue");

const workers: ChildProcess[] = [];
const startWorker = () => {
  const env = {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL,
    CROSSCHECK_JOB_LEASE_SECONDS: `${LEASE_SECONDS}`,
  };
  const worker = spawn("npx", ["tsx", "cli/worker.ts"], { env, stdio: "ignore", detached: true });
  workers.push(worker);
  return worker;
};
const kill = (worker: ChildProcess) => {
  if (worker.pid && worker.exitCode === null && worker.signalCode === null) process.kill(-worker.pid, "SIGKILL");
};

beforeEach(freshStore);
afterEach(async () => {
  workers.splice(0).forEach(kill);
  await stopJobQueue();
});
afterAll(removeStores);

describe(`a killed worker on ${TEST_PROVIDER}`, () => {
  it("has its job taken over by another worker after the lease, and the import stored once", async () => {
    // Heavy enough that the first worker is still extracting it when it is killed.
    const id = await enqueueImport([heavyArticle(100, 11)]);
    const first = startWorker();
    await until(async () => (await importJobStatus(id)).state === "running", "the first worker to take the job", 90);
    kill(first);
    await until(async () => first.signalCode === "SIGKILL", "the first worker to die", 10);
    expect(await db().article.count()).toBe(0);

    startWorker();
    await until(async () => (await importJobStatus(id)).state === "done", "a second worker to finish the job", 180);
    const job = await importJobStatus(id);
    // On a loaded machine the second run may outlast the short lease and be handed out once more; every run after
    // the one that stored it finds the article stored. Either way it is stored exactly once.
    expect(job.attempts).toBeGreaterThanOrEqual(2);
    expect([(job.result?.added ?? 0) + (job.result?.unchanged ?? 0), job.result?.failures]).toEqual([1, []]);
    expect(await db().article.count()).toBe(1);
  }, 300_000);
});
