import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { CHROMIUM, startApp, type App } from "../helpers/app-server";
import { analyze } from "@/lib/analyze/index";
import { loadPaths } from "@/lib/ingest/load";

const available = fs.existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`browser tests need Chromium at ${CHROMIUM}; .ci/run installs it`);
if (!available) console.warn(`SKIPPING browser tests: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

const PORT = 3123;
const ARTIFACTS = "test-results";
fs.mkdirSync(ARTIFACTS, { recursive: true });

// Every test opens the page it needs: none relies on where the previous one left the browser.
describe.skipIf(!available)("what the editor sees, in Chromium", () => {
  let app: App;
  let page: Page;
  let base: string;
  beforeAll(async () => {
    app = await startApp(PORT);
    page = app.page;
    base = app.url;
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("shows the story overview with groups counted by verdict", async () => {
    await page.goto(base);
    await expect(page.getByRole("heading", { name: "Overview", exact: true }).isVisible()).resolves.toBe(true);
    const discrepancies = await page
      .locator(".count", { hasText: "discrepancy" })
      .first()
      .locator("strong")
      .innerText();
    // The app serves the seeds as prisma/seed.ts imports them: the count is what analyze() finds in them.
    const seeds = analyze(loadPaths(["seeds"]).documents);
    const expected = seeds.groups.filter((g) => g.verdict === "discrepancy").length;
    expect(expected).toBeGreaterThan(0);
    expect(Number(discrepancies)).toBe(expected);
    await page.screenshot({ path: `${ARTIFACTS}/overview.png`, fullPage: true });
  });

  it("opens a discrepancy group: who says what first, word differences behind a toggle, not by colour alone", async () => {
    await page.goto(base);
    await page
      .locator("tr", { has: page.locator(".who-what", { hasText: /^label$/ }) })
      .first()
      .locator("td[data-label=Claim] > a")
      .click();
    await page.waitForSelector("h1:has-text('Group')");
    expect(await page.locator(".who-box .who-side").count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator(".disc", { hasText: "characterisation" }).count()).toBe(1);
    // Whole-sentence diffs are closed until asked for; opened, their changes carry a marker besides colour.
    const toggles = page.locator("article.card details");
    if ((await toggles.count()) > 0) {
      expect(await toggles.first().locator("ins.diff, del.diff").first().isVisible()).toBe(false);
      await toggles.first().locator("summary").click();
      const change = toggles.first().locator("ins.diff, del.diff").first();
      expect(await change.isVisible()).toBe(true);
      expect(await change.evaluate((el) => getComputedStyle(el, "::before").content)).toMatch(/\[[+−]/);
    }
    await page.screenshot({ path: `${ARTIFACTS}/group.png`, fullPage: true });
  });

  it("lets the editor pick another reference claim and save a review from the keyboard", async () => {
    await page.goto(base);
    await page
      .locator("tr", { has: page.locator(".who-what", { hasText: /^label$/ }) })
      .first()
      .locator("td[data-label=Claim] > a")
      .click();
    await page.waitForSelector("h1:has-text('Group')");
    const cards = page.locator("article.card");
    expect(await cards.count()).toBeGreaterThan(1);
    // The first claim is the reference until the editor picks another.
    expect(await cards.nth(0).getAttribute("class")).toMatch(/\bref\b/);
    const chosen = await cards.nth(1).getAttribute("aria-label");
    const href = await cards.nth(1).getByRole("link", { name: "Use as reference" }).getAttribute("href");
    const refId = /[?&]ref=([0-9a-f]+%3A\d+%3A\d+)/.exec(href ?? "")?.[1];
    expect(refId, `a reference link on the second card: ${href}`).toBeDefined();
    await cards.nth(1).getByRole("link", { name: "Use as reference" }).click();
    await page.waitForURL(new RegExp(`[?&]ref=${refId}$`));
    const reference = page.locator("article.card.ref");
    expect(await reference.count()).toBe(1);
    expect(await reference.getAttribute("aria-label")).toBe(chosen);
    expect(await reference.innerText()).toContain("(reference)");
    expect(await reference.getByRole("link", { name: "Use as reference" }).count()).toBe(0);
    expect(await cards.nth(0).getByRole("link", { name: "Use as reference" }).count()).toBe(1);

    const note = `labels differ between outlets (${Date.now()})`;
    // The group's review form: the decision forms below it have a status and a note of their own.
    const review = page.locator("form[action='/api/reviews']");
    await review.locator("select[name=status]").selectOption("disputed");
    await review.locator("textarea[name=note]").fill(note);
    await review.locator("textarea[name=note]").press("Tab");
    await page.keyboard.press("Enter");
    // Back on the same group with the same reference, a confirmation, and focus on the review form.
    await page.waitForSelector("p[role=status]");
    expect(await page.locator("p[role=status]").first().innerText()).toContain(note);
    expect(page.url()).toMatch(new RegExp(`[?&]ref=${refId}\\b.*#review$`));
    expect(await page.locator("article.card.ref").getAttribute("aria-label")).toBe(chosen);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("review");
    // The saved reviews come before the group's history, which lists the same note again.
    expect(await page.locator("li", { hasText: note }).first().locator("strong").first().innerText()).toBe("disputed");
    expect(await review.locator("select[name=status]").inputValue()).toBe("disputed");
  });

  it("answers a malformed or unknown id with a not-found page, not a stack trace", async () => {
    for (const path of ["/groups/abc", "/articles/-1", "/groups/999999"]) {
      const response = await page.goto(`${base}${path}`);
      expect(response?.status()).toBe(404);
      expect(await page.locator("h1").innerText()).toBe("Not found");
    }
  });

  it("highlights a facet's span in the article text", async () => {
    await page.goto(base);
    // The article's own link: the overview's story list links the story by the same headline.
    await page
      .locator("a[href^='/articles/']", { hasText: /Japan may label Russia/ })
      .first()
      .click();
    const facet = page.locator("a.facet", { hasText: "quote:" }).first();
    const label = await facet.innerText();
    await facet.click();
    await page.waitForSelector("mark.hl");
    // The highlight is exactly the quoted words the chip names (the chip shows up to 60 characters of them).
    const quoted = /quote: “(.*?)(…)?”/s.exec(label)?.[1];
    expect(quoted, `a quote chip: ${label}`).toBeDefined();
    expect(await page.locator("mark.hl").count()).toBe(1);
    expect((await page.locator("mark.hl").innerText()).replace(/\s+/g, " ")).toContain(quoted!.replace(/\s+/g, " "));
    expect(await page.locator(".furniture").count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}/article.png`, fullPage: true });
  });
});

describe.skipIf(!available)("importing from the browser", () => {
  let app: App;
  let page: Page;
  let url: string;
  beforeAll(async () => {
    app = await startApp(PORT + 1);
    page = app.page;
    url = app.url;
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("imports a second story's files, names the bad one, and shows two stories", async () => {
    await page.goto(`${url}/import`);
    const story = "tests/fixtures/stories/riverton";
    const file = (name: string, mimeType: string) => ({ name, mimeType, buffer: fs.readFileSync(`${story}/${name}`) });
    await page
      .locator("input[type=file]")
      .setInputFiles([
        file("a.txt", "text/plain"),
        file("b.txt", "text/plain"),
        file("c.html", "text/html"),
        { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.from("") },
      ]);
    await page.getByRole("button", { name: "Import and re-analyse" }).click();
    // The form answers at once with the job's page, which refreshes itself until the job is done.
    await page.waitForURL(/\/import\/jobs\/\d+$/);
    await page.waitForSelector("p[role=status][data-state=done]", { timeout: 60_000 });
    expect(await page.locator(".job-counts").innerText()).toMatch(
      /Added 3 new article\(s\); 0 already stored; 1 refused/,
    );
    expect(await page.locator("li", { hasText: "empty.txt" }).innerText()).toMatch(/empty/);
    await page.screenshot({ path: `${ARTIFACTS}/import.png`, fullPage: true });
    await page.locator(".job-stories a").first().click();
    await page.waitForURL(/\/#story-s\d+$/);
    expect(await page.locator("h2", { hasText: /^Story \d/ }).count()).toBe(2);
    await page.screenshot({ path: `${ARTIFACTS}/overview-two-stories.png`, fullPage: true });
    await page.getByRole("link", { name: "Council backs water price rise" }).click();
    const text = await page.locator(".article-text").innerText();
    expect(text).toContain("We cannot keep patching a system");
    expect(text).not.toMatch(/<script|tracking|<p>/);
    // Uploaded files carry no manifest, as here; the seeds were imported with theirs.
    const uploaded = loadPaths([story]).documents.map(({ file, raw }) => ({ file, raw }));
    const together = analyze([...loadPaths(["seeds"]).documents, ...uploaded]);
    const html = together.articles.find((a) => a.file.endsWith("c.html"))!;
    expect(await page.locator("ol.claims-list > li").count()).toBe(
      together.claims.filter((c) => c.articleId === html.id).length,
    );
    await page.screenshot({ path: `${ARTIFACTS}/article-html.png`, fullPage: true });
  });

  it("refuses an empty submission with a message, not a stack trace", async () => {
    await page.goto(`${url}/import`);
    await page.getByRole("button", { name: "Import and re-analyse" }).click();
    await page.waitForSelector("p[role=alert]");
    expect(await page.locator("p[role=alert]").innerText()).toMatch(/nothing to import/);
  });
});
