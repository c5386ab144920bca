import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores, TEST_PROVIDER } from "../helpers/store";
import { finishedJob, stopJobs, until } from "../helpers/jobs";
import { heavyArticle } from "../helpers/heavy-article";
import { storyDocuments } from "../helpers/stories";
import { postRequest, TEST_ORIGIN } from "../helpers/requests";

// The web import as a job (issue 11: no analysis on the request thread): the route answers at once, and the app's
// job thread (server/jobs/job-thread.ts, started by the route as by the server) does the import.
const { POST: postImport } = await import("@/app/api/import/route");
const { GET: getJob } = await import("@/app/api/import/jobs/[id]/route");
const { db } = await import("@/server/db");
const { importJobStatus } = await import("@/server/jobs/job-store");

const ORIGIN = TEST_ORIGIN;

function importRequest(files: { file: string; raw: string }[], headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const f of files) form.append("files", new File([f.raw], f.file));
  return postRequest("/api/import", form, headers);
}

const json = { accept: "application/json" };
const jobStatus = (id: number | string) =>
  getJob(new Request(`${ORIGIN}/api/import/jobs/${id}`), { params: Promise.resolve({ id: String(id) }) });

beforeEach(freshStore);
afterEach(stopJobs);
afterAll(removeStores);

describe(`the web import as a job on ${TEST_PROVIDER}`, () => {
  it("answers 202 with the job and its links before anything is stored, then the job thread imports it", async () => {
    const calder = storyDocuments("calder");
    const res = await postImport(importRequest([...calder, { file: "empty.txt", raw: "" }], json));
    expect(res.status).toBe(202);
    const body = await res.clone().json();
    expect(body).toEqual({
      jobId: expect.any(Number),
      state: "queued",
      kept: null,
      status: `/api/import/jobs/${body.jobId}`,
      page: `/import/jobs/${body.jobId}`,
    });
    expect(res.headers.get("location")).toBe(body.status);
    // Nothing is analysed before the answer: extraction alone takes longer than this request did.
    expect(await db().article.count()).toBe(0);
    expect((await finishedJob(res)).state).toBe("done");
    const view = await (await jobStatus(body.jobId)).json();
    expect(view).toMatchObject({
      state: "done",
      pending: false,
      result: { added: calder.length, unchanged: 0, refused: [{ file: "empty.txt", reason: "the file is empty" }] },
    });
    const stories = await db().article.findMany({ select: { story: true }, distinct: ["story"] });
    expect(view.result.stories).toEqual(stories.map((s) => ({ id: s.story, href: `/#story-${s.story}` })));
    expect(await db().article.count()).toBe(calder.length);
  });

  it("sends the form to the job's page with a 303", async () => {
    const res = await postImport(importRequest(storyDocuments("calder")));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/import\/jobs\/\d+$/);
    const id = Number(res.headers.get("location")!.split("/").pop());
    await until(async () => (await importJobStatus(id)).state === "done", `job ${id}`);
  });

  it("answers 404 for a job that does not exist, and never shows a failed job's stored error", async () => {
    expect((await jobStatus(99)).status).toBe(404);
    expect((await jobStatus("abc")).status).toBe(404);
    const job = await db().importJob.create({
      data: { input: { documents: [], failures: [] }, state: "failed", error: "at /srv/app/server/import.ts:42" },
    });
    const view = await (await jobStatus(job.id)).json();
    expect(view).toMatchObject({ state: "failed", pending: false, result: null });
    expect(JSON.stringify(view)).not.toContain("/srv/app");
  });

  it("keeps this thread's event loop free while a heavy import runs", async () => {
    const heavy = heavyArticle(150);
    const res = await postImport(importRequest([heavy], json));
    const { jobId } = await res.clone().json();
    await until(async () => (await importJobStatus(jobId)).state === "running", "the job to start");
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const t0 = performance.now();
    await finishedJob(res);
    const jobMs = performance.now() - t0;
    delay.disable();
    const maxMs = delay.max / 1e6;
    console.log(
      `heavy job ran ${Math.round(jobMs)} ms; this thread's longest event-loop delay ${Math.round(maxMs)} ms`,
    );
    // The job takes seconds; on the request thread the loop would stall for all of them.
    expect(jobMs).toBeGreaterThan(1_000);
    expect(maxMs).toBeLessThan(Math.min(500, jobMs / 2));
    expect(await db().article.count()).toBe(1);
  });
});
