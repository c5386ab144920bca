import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, startApp, type App } from "../helpers/app-server";
import { localServer } from "../helpers/local-server";
import { schemaOrgProblems } from "../helpers/schema-org";
import { STORY_DIR } from "../helpers/stories";

const available = fs.existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`browser tests need Chromium at ${CHROMIUM}; .ci/run installs it`);
const PORT = 3177;
const ARTIFACTS = "test-results";
fs.mkdirSync(ARTIFACTS, { recursive: true });

// Issue 9's flow: an editor pastes three article addresses (served by a local server inside the suite), watches the
// job import them, opens their story and downloads its CSV, JSON and ClaimReview files, which parse and validate.
type Manifest = { articles: { file: string; outlet: string; publishedAt: string }[] };
const manifest = JSON.parse(fs.readFileSync(`${STORY_DIR}/ashby/manifest.json`, "utf8")) as Manifest;
const pages = new Map(
  manifest.articles.map((a) => {
    const [title, ...body] = fs
      .readFileSync(`${STORY_DIR}/ashby/${a.file}`, "utf8")
      .trim()
      .split(/\n\s*\n/);
    const html =
      `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="${a.outlet}">` +
      `<meta property="article:published_time" content="${a.publishedAt}T08:00:00Z"></head><body><article>` +
      `<h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    return [`/news/${a.file.replace(".txt", "")}`, html] as const;
  }),
);
const server = localServer((req, res) => {
  const html = pages.get((req.url ?? "") as `/news/${string}`);
  if (html) res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  else res.writeHead(404, { "content-type": "text/html" }).end("<p>not here</p>");
});

describe.skipIf(!available)("importing pasted article addresses, in Chromium", () => {
  let app: App;
  let pagesBase: string;
  beforeAll(async () => {
    pagesBase = await server.listen();
    // The app fetches from this machine's loopback address, which it refuses unless told otherwise.
    process.env.CROSSCHECK_FETCH_ALLOW_PRIVATE = "1";
    app = await startApp(PORT);
  });
  afterAll(async () => {
    await app?.stop();
    await server.close();
  });

  it("fetches three pasted addresses in a job the editor watches, then exports their story", async () => {
    const { page, url } = app;
    const addresses = [...pages.keys()].map((p) => `${pagesBase}${p}`);
    await page.goto(`${url}/import`);
    await page.getByLabel(/article addresses, one per line/).fill(addresses.join("\n"));
    await page.getByRole("button", { name: "Import and re-analyse" }).click();
    await page.waitForURL(/\/import\/jobs\/\d+/);
    await page.screenshot({ path: `${ARTIFACTS}/url-import-job.png`, fullPage: true });
    await page.waitForSelector("p[role=status][data-state=done]", { timeout: 120_000 });
    const rows = page.locator(".job-items tbody tr");
    expect(
      await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector("code")?.textContent, tr.dataset.state])),
    ).toEqual(addresses.map((a) => [a, "analysed"]));
    await page.screenshot({ path: `${ARTIFACTS}/url-import-job-done.png`, fullPage: true });

    // The job names the story its articles went to; the story's section carries the export links.
    const storyLink = page.locator(".job-stories a");
    expect(await storyLink.count()).toBe(1);
    const storyId = (await storyLink.getAttribute("href"))!.split("#story-")[1];
    await storyLink.click();
    await page.waitForURL(`${url}/#story-${storyId}`);
    const section = page.locator(`section[aria-labelledby="story-${storyId}"]`);
    expect(await section.locator("h2").innerText()).toMatch(/Ashby mill fire destroys warehouse/);
    await section.screenshot({ path: `${ARTIFACTS}/url-import-story.png` });

    // An editor's verdict on the story's top group, so the ClaimReview export has one to publish.
    const groupKey = (await section.locator("a[href^='/groups/']").first().getAttribute("href"))?.split("/").pop();
    const saved = await fetch(`${url}/api/reviews`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ groupKey, status: "confirmed", note: "checked with the fire service" }),
    });
    expect(saved.status).toBe(201);
    await page.reload();
    await page.waitForLoadState("networkidle");

    const download = async (label: string) => {
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        section.getByRole("link", { name: label, exact: true }).click(),
      ]);
      const path = `${ARTIFACTS}/url-import-${file.suggestedFilename()}`;
      await file.saveAs(path);
      return fs.readFileSync(path, "utf8");
    };
    const rowsOut: Record<string, string>[] = parse(await download("CSV"), { bom: true, columns: true });
    expect(new Set(rowsOut.map((r) => r["article URL"]))).toEqual(new Set(addresses));
    const schema = JSON.parse(fs.readFileSync("schemas/story-export.schema.json", "utf8")) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const story: unknown = JSON.parse(await download("JSON"));
    expect(validate(story), JSON.stringify(validate.errors)).toBe(true);
    const reviews = JSON.parse(await download("ClaimReview")) as { reviewRating: { alternateName: string } }[];
    expect(reviews.map((r) => r.reviewRating.alternateName)).toEqual(["confirmed"]);
    expect(schemaOrgProblems(reviews)).toEqual([]);
  });
});
