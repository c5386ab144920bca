import fs from "node:fs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { localServer } from "../helpers/local-server";
import { finishedJob, stopJobs } from "../helpers/jobs";
import { postRequest } from "../helpers/requests";

// Article addresses pasted on the import page: the job fetches them (from a local server inside the suite), so the
// request answers at once and a refused page never fails the rest.
process.env.CROSSCHECK_FETCH_ALLOW_PRIVATE = "1";
const { POST: postImport } = await import("@/app/api/import/route");
const { db } = await import("@/server/db");

const article = fs.readFileSync("tests/fixtures/pages/article.html", "utf8");
const server = localServer((req, res) => {
  if (req.url === "/news/article") res.writeHead(200, { "content-type": "text/html" }).end(article);
  else res.writeHead(404, { "content-type": "text/html" }).end("<p>not here</p>");
});
let base: string;

beforeAll(async () => {
  base = await server.listen();
});
beforeEach(freshStore);
afterEach(stopJobs);
afterAll(async () => {
  await server.close();
  await removeStores();
});

const post = (urls: string) => {
  const form = new FormData();
  form.set("urls", urls);
  return postImport(postRequest("/api/import", form, { accept: "application/json" }));
};

describe("article addresses on the import page", () => {
  it("are fetched by the job, once each, and a page that fails is refused by its address", async () => {
    const res = await post(`${base}/news/article\n\n  ${base}/news/article  \n${base}/gone\n`);
    expect(res.status).toBe(202);
    expect(await db().article.count()).toBe(0);
    const job = await finishedJob(res);
    expect(job.state).toBe("done");
    expect([job.result?.added, job.result?.failures]).toEqual([
      1,
      [{ file: `${base}/gone`, reason: "the server answered 404" }],
    ]);
    const stored = await db().article.findFirstOrThrow({ include: { outlet: true } });
    expect([stored.raw, stored.outlet?.name]).toEqual([article, "Valley Courier"]);
    // Each address has its own line in the job's progress, ending where it ended; the repeat was dropped by the form.
    // The page names its canonical address, which the article goes by once fetched.
    expect(job.items).toEqual([
      { source: `${base}/news/article`, state: "analysed", file: `${base}/news/tram-line-opens` },
      { source: `${base}/gone`, state: "failed", reason: "the server answered 404" },
    ]);
  });

  it("shows each article's state on the job page, and its progress through the JSON route", async () => {
    const res = await post(`${base}/news/article
${base}/gone`);
    const { jobId } = (await res.clone().json()) as { jobId: number };
    await finishedJob(res);
    const { jobView } = await import("@/server/jobs/job-view");
    const view = await jobView(String(jobId));
    expect(view.counts).toEqual({ done: 2, failed: 1, total: 2 });
    expect(view.items.map((i) => i.state)).toEqual(["analysed", "failed"]);
  });

  it("refuses a line that is no web address, and more than 50 addresses, before anything is queued", async () => {
    const bad = await post(`${base}/news/article\njavascript:alert(1)`);
    expect([bad.status, (await bad.json()).code]).toEqual([400, "bad_urls"]);
    const many = Array.from({ length: 51 }, (_, i) => `${base}/news/${i}`).join("\n");
    const tooMany = await post(many);
    expect([tooMany.status, (await tooMany.json()).code]).toEqual([400, "too_many_urls"]);
    expect(await db().importJob.count()).toBe(0);
  });
});
