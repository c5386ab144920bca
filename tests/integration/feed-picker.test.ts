import fs from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { localServer } from "../helpers/local-server";
import { finishedJob, stopJobs } from "../helpers/jobs";
import { stubNext } from "../helpers/next-stubs";
import { postRequest } from "../helpers/requests";

// The import page lists a feed's entries for the editor to tick; the ticked ones are imported as addresses, by a
// job. A local server inside the suite serves the feed and its articles.
process.env.CROSSCHECK_FETCH_ALLOW_PRIVATE = "1";
// The route first, with Next's own next/server; the page after, with Next's request helpers stubbed.
const { POST: postImport } = await import("@/app/api/import/route");
stubNext();
vi.doMock("next/headers", () => ({ headers: async () => new Headers() }));
const { default: ImportPage } = await import("@/app/import/page");
const { db } = await import("@/server/db");

const PAGES = "tests/fixtures/pages";
const routes: Record<string, [string, string]> = {
  "/feed.rss": ["application/rss+xml", "feed.rss"],
  "/news/article": ["text/html", "article.html"],
  "/news/linked-data": ["text/html", "article-jsonld.html"],
};
const server = localServer((req, res) => {
  const route = routes[req.url ?? ""];
  if (!route) return res.writeHead(404, { "content-type": "text/html" }).end("<p>not here</p>");
  res.writeHead(200, { "content-type": route[0] }).end(fs.readFileSync(`${PAGES}/${route[1]}`));
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

const { createStory } = await import("@/server/stories");
const { LOCAL_ACTOR } = await import("@/server/actor");

const render = async (feed?: string, story?: string) =>
  renderToStaticMarkup(
    await ImportPage({ searchParams: Promise.resolve({ ...(feed ? { feed } : {}), ...(story ? { story } : {}) }) }),
  );
/** The form that posts the ticked entries, as rendered. */
const pickForm = (html: string) => /<form[^>]*class="feed-entries".*?<\/form>/s.exec(html)?.[0] ?? "";

describe("picking from a feed on the import page", () => {
  it("lists the feed's article entries as boxes to tick, with title and date", async () => {
    const html = await render(`${base}/feed.rss`);
    const boxes = [...html.matchAll(/<input type="checkbox" name="pick" value="([^"]+)"\/> ([^<]+)/g)];
    expect(boxes.map((m) => [m[1], m[2]!.trim()])).toEqual([
      [`${base}/news/article`, "Tram line opens in Westbury"],
      [`${base}/news/linked-data`, "Ferry fares to rise in spring"],
    ]);
    expect(html).toContain("2025-03-14 · ");
    expect(await render()).not.toContain('name="pick"');
  });

  it("says why a feed could not be read, naming its address, and keeps the rest of the page", async () => {
    const html = await render(`${base}/news/article`);
    expect(html).toContain(`The feed could not be read: ${base}/news/article: `);
    expect(html).not.toContain('name="pick"');
    expect(html).toContain('name="files"');
  });

  it("imports only the ticked entries, through a job", async () => {
    const form = new FormData();
    form.append("pick", `${base}/news/linked-data`);
    const res = await postImport(postRequest("/api/import", form, { accept: "application/json" }));
    expect(res.status).toBe(202);
    const job = await finishedJob(res);
    expect([job.state, job.result?.added, job.result?.failures]).toEqual(["done", 1, []]);
    expect((await db().article.findMany({ select: { title: true } })).map((a) => a.title)).toEqual([
      "Ferry fares to rise in spring",
    ]);
  });

  it("offers the import form's story choice, keeping the story the page was opened for", async () => {
    const story = await createStory(LOCAL_ACTOR, { title: "Harbour transport" });
    const chosen = pickForm(await render(`${base}/feed.rss`, story.id));
    const options = [...chosen.matchAll(/<option value="([^"]*)"( selected="")?>/g)].map((m) => [m[1], !!m[2]]);
    expect(options).toEqual([
      ["", false],
      [story.id, true],
    ]);
    expect(pickForm(await render(`${base}/feed.rss`))).toContain('<option value="" selected="">None: suggest stories');
    // Listing the feed again keeps the story: the address form carries it.
    expect(await render(undefined, story.id)).toContain(`<input type="hidden" name="story" value="${story.id}"/>`);
  });

  it("imports the ticked entries into the story picked beside them", async () => {
    const story = await createStory(LOCAL_ACTOR, { title: "Harbour transport" });
    const form = new FormData();
    form.append("pick", `${base}/news/article`);
    form.append("story", story.id);
    const job = await finishedJob(await postImport(postRequest("/api/import", form, { accept: "application/json" })));
    expect([job.state, job.result?.added]).toEqual(["done", 1]);
    expect(await db().article.findMany({ select: { title: true, story: true } })).toEqual([
      { title: "Tram line opens in Westbury", story: story.id },
    ]);
  });
});
