import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { CHROMIUM, startApp, type App } from "../helpers/app-server";
import { schemaOrgProblems } from "../helpers/schema-org";
import { analyze } from "@/lib/analyze/index";
import { loadPaths } from "@/lib/ingest/load";

const available = fs.existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`browser tests need Chromium at ${CHROMIUM}; .ci/run installs it`);
/** poppler's PDF rasteriser, to look at the report's printed first page as a PNG. */
const PDFTOPPM = "/usr/bin/pdftoppm";
if (!fs.existsSync(PDFTOPPM) && process.env.CI)
  throw new Error(`the report test needs ${PDFTOPPM}; .ci/run installs it`);

const PORT = 3130;
const ARTIFACTS = "test-results";
fs.mkdirSync(ARTIFACTS, { recursive: true });

// The seeds as prisma/seed.ts stores them: one story, s1.
const seeds = analyze(loadPaths(["seeds"]).documents);
const NOTE = `Checked against both texts; the wording differs, "challenge" vs "concern" (${Date.now()})`;

describe.skipIf(!available)("exports, the printable report and the timeline, in Chromium", () => {
  let app: App;
  let page: Page;
  let base: string;
  beforeAll(async () => {
    app = await startApp(PORT);
    page = app.page;
    base = app.url;
    // An editor's decision on the top-ranked group, so the exports have one to carry.
    await page.goto(base);
    const href = await page.locator("section table tbody tr a[href^='/groups/']").first().getAttribute("href");
    const groupKey = href?.split("/").pop();
    const saved = await fetch(`${base}/api/reviews`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ groupKey, status: "disputed", note: NOTE }),
    });
    expect(saved.status).toBe(201);
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** Click an export link on the overview and return the downloaded file's name and text. */
  async function download(label: string): Promise<{ name: string; text: string }> {
    await page.goto(base);
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: label, exact: true }).click(),
    ]);
    const path = `${ARTIFACTS}/${file.suggestedFilename()}`;
    await file.saveAs(path);
    return { name: file.suggestedFilename(), text: fs.readFileSync(path, "utf8") };
  }

  it("downloads CSV, JSON and ClaimReview files from the story section that parse and validate", async () => {
    await page.goto(base);
    await page.screenshot({ path: `${ARTIFACTS}/overview-export-links.png` });

    const csv = await download("CSV");
    expect(csv.name).toBe("crosscheck-story-s1.csv");
    const rows: Record<string, string>[] = parse(csv.text, { bom: true, columns: true });
    expect(rows).toHaveLength(seeds.claims.length);
    expect(rows.filter((r) => r.note === NOTE).length).toBeGreaterThan(1);

    const json = await download("JSON");
    const schema = JSON.parse(fs.readFileSync("schemas/story-export.schema.json", "utf8")) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const story = JSON.parse(json.text) as { groups: { review: { note: string } | null }[] };
    expect(validate(story), JSON.stringify(validate.errors)).toBe(true);
    expect(story.groups.filter((g) => g.review?.note === NOTE)).toHaveLength(1);

    const jsonld = await download("ClaimReview");
    expect(jsonld.name).toBe("crosscheck-story-s1-claimreview.jsonld");
    const reviews = JSON.parse(jsonld.text) as { reviewRating: { alternateName: string; ratingExplanation: string } }[];
    expect(reviews.map((r) => r.reviewRating)).toEqual([
      { "@type": "Rating", alternateName: "disputed", ratingExplanation: NOTE },
    ]);
    expect(schemaOrgProblems(reviews)).toEqual([]);
  });

  it("prints the discrepancy report: ranked, with outlets, dates, word diff and the editor's note", async () => {
    await page.goto(`${base}/stories/s1/report`);
    const entries = page.locator("section.report-entry");
    expect(await entries.count()).toBe(seeds.groups.filter((g) => g.verdict === "discrepancy").length);
    expect(await entries.first().innerText()).toContain(NOTE);
    // Each later claim is a word diff from the first-published one when worded alike, else says it is reworded.
    const rows = page.locator(".report-claims tbody tr");
    const wordings = await rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const cell = tr.querySelector("td:last-child")!;
        if (cell.querySelector("del.diff, ins.diff")) return "diff";
        return /worded differently: \d+% of words in common/.test(cell.textContent ?? "") ? "reworded" : "first";
      }),
    );
    expect(wordings.filter((w) => w === "first")).toHaveLength(await entries.count());
    expect(wordings.length).toBeGreaterThan(await entries.count());
    await page.screenshot({ path: `${ARTIFACTS}/report-screen.png`, fullPage: true });

    const pdf = await page.pdf({ path: `${ARTIFACTS}/report.pdf`, format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(0);

    // The PDF's first page as a PNG to look at (test-results/report-pdf-1.png), where poppler is installed.
    if (fs.existsSync(PDFTOPPM)) {
      execFileSync(PDFTOPPM, [
        "-png",
        "-r",
        "70",
        "-f",
        "1",
        "-l",
        "1",
        `${ARTIFACTS}/report.pdf`,
        `${ARTIFACTS}/report-pdf`,
      ]);
      const png = fs.readdirSync(ARTIFACTS).find((f) => /^report-pdf-0*1\.png$/.test(f));
      expect(png, "pdftoppm wrote the first page").toBeDefined();
      expect(fs.statSync(`${ARTIFACTS}/${png}`).size).toBeGreaterThan(10_000);
    } else console.warn(`report test: no ${PDFTOPPM}; the PDF's first page is not rendered to PNG`);

    // The print layout, as Chromium lays it out for print at A4's width.
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 794, height: 1123 });
    expect(await page.locator("header.top").isVisible()).toBe(false);
    expect(await page.locator(".report-screen-only").isVisible()).toBe(false);
    await page.screenshot({ path: `${ARTIFACTS}/report-print-page1.png` });
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 1280, height: 1000 });
  });

  it("draws the timeline: articles by date, citation and republication links, who said it first", async () => {
    await page.goto(base);
    await page.getByRole("link", { name: "Timeline", exact: true }).first().click();
    await page.waitForSelector("svg.timeline-graph");
    expect(await page.locator("g.timeline-article").count()).toBe(seeds.articles.length);
    // Named sources only: "government sources" and "a senior official ..." are no one to draw a line to.
    const named = seeds.articles.flatMap((a) => a.cites.filter((c) => !/official|sources/.test(c)));
    expect(await page.locator("path.timeline-cites").count()).toBe(named.length);
    expect(await page.locator("path.timeline-republishes").count()).toBe(1);
    const list = await page.getByRole("list", { name: "Republication and citation links" }).innerText();
    expect(list).toContain("Intellasia republishes Mainichi (not imported)");
    const dates = await page.locator("g.timeline-article > text:first-of-type").allTextContents();
    const dated = dates.filter((d) => /^\d{4}-/.test(d));
    expect(dated.length).toBeGreaterThan(0);
    expect(dated).toEqual([...dated].sort());
    const articleOf = new Map(seeds.claims.map((c) => [c.id, c.articleId]));
    const shared = seeds.groups.filter((g) => new Set(g.claimIds.map((id) => articleOf.get(id))).size > 1);
    expect(await page.locator("table[aria-label='Who said it first'] tbody tr").count()).toBe(shared.length);
    await page.screenshot({ path: `${ARTIFACTS}/timeline.png`, fullPage: true });
  });

  it("answers an unknown story with a not-found page and an unknown format with a named error", async () => {
    const response = await page.goto(`${base}/stories/s99/report`);
    expect(response?.status()).toBe(404);
    const bad = await fetch(`${base}/api/stories/s1/export?format=docx`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/unknown export format "docx"/);
  });
});
