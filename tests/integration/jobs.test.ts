import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores, TEST_PROVIDER } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";
import { UNRELATED } from "../helpers/invariants";
import { until } from "../helpers/jobs";

// Imports as jobs, on the provider under test: pg-boss on PostgreSQL, the ImportJob table on SQLite. Workers here
// run in the test process; `npm run worker` runs the same loop.
const { db } = await import("@/server/db");
const { enqueueImport, importJobStatus } = await import("@/server/jobs/job-store");
const { runImportJob } = await import("@/server/jobs/import-jobs");
const { jobQueue, stopJobQueue } = await import("@/server/jobs/queue");
const { claimJob } = await import("@/server/jobs/table-queue");
const { postgresQueue } = await import("@/server/jobs/postgres-queue");
const { tableQueue } = await import("@/server/jobs/table-queue");

beforeEach(freshStore);
afterEach(stopJobQueue);
afterAll(removeStores);

describe(`import jobs on ${TEST_PROVIDER}`, () => {
  it("answers at once with a queued job, which a worker then imports and reports", async () => {
    const id = await enqueueImport(storyDocuments("calder"), [{ file: "given.pdf", reason: "not an article" }]);
    expect((await importJobStatus(id)).state).toBe("queued");
    expect(await db().article.count()).toBe(0);
    void (await jobQueue()).work(runImportJob);
    await until(async () => (await importJobStatus(id)).state === "done", "the job");
    const status = await importJobStatus(id);
    expect(status).toMatchObject({ attempts: 1, error: null });
    expect(status.result).toMatchObject({ added: 2, unchanged: 0, failures: [{ file: "given.pdf" }] });
    expect(await db().article.count()).toBe(2);
  });

  it("runs each job once with two workers taking from one queue", async () => {
    const ids = [
      await enqueueImport(storyDocuments("calder")),
      await enqueueImport([UNRELATED]),
      await enqueueImport(storyDocuments("calder")),
    ];
    const url = process.env.DATABASE_URL!;
    const second = TEST_PROVIDER === "postgres" ? await postgresQueue(url) : tableQueue();
    void (await jobQueue()).work(runImportJob);
    void second.work(runImportJob);
    await until(async () => {
      const states = await Promise.all(ids.map(async (id) => (await importJobStatus(id)).state));
      return states.every((s) => s === "done");
    }, "three jobs");
    await second.stop();
    const statuses = await Promise.all(ids.map(importJobStatus));
    expect(statuses.map((s) => s.attempts)).toEqual([1, 1, 1]);
    expect(statuses.reduce((n, s) => n + (s.result?.added ?? 0), 0)).toBe(3);
    expect(await db().article.count()).toBe(3);
  });

  it("records a job that failed, with its reason", async () => {
    const id = await enqueueImport([
      { file: "only-script.html", raw: "<html><body><script>x()</script></body></html>" },
    ]);
    await runImportJob(id);
    expect((await importJobStatus(id)).result).toMatchObject({ added: 0, failures: [{ file: "only-script.html" }] });
    await expect(importJobStatus(id + 1000)).rejects.toThrow(/Import job \d+ was not found/);
  });
});

describe.runIf(TEST_PROVIDER === "sqlite")("the SQLite job table", () => {
  it("gives a job whose worker died to the next worker once its lease ran out, and never twice at once", async () => {
    const id = await enqueueImport([UNRELATED]);
    const longAgo = new Date(Date.now() - 24 * 3600 * 1000);
    expect(await claimJob(longAgo)).toBe(id);
    // The first worker "died" holding it a day ago; a second worker takes it over now, a third finds nothing.
    expect(await claimJob()).toBe(id);
    expect(await claimJob()).toBeNull();
    await runImportJob(id);
    expect(await importJobStatus(id)).toMatchObject({ state: "done", attempts: 2 });
  });
});
