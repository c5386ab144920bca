import fs from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { CHROMIUM, startApp, type App } from "../helpers/app-server";

const available = fs.existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`browser tests need Chromium at ${CHROMIUM}; .ci/run installs it`);

const PORT = 3125;
const ARTIFACTS = "test-results";
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const WIDTHS = [1400, 390] as const;
fs.mkdirSync(ARTIFACTS, { recursive: true });

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** axe-core's violations of impact serious or critical on the page as it stands, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** How far the page scrolls sideways, in CSS pixels: 0 when it reflows. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

// The five kinds of page, each checked at desktop and phone width with axe-core, for sideways scrolling and for a
// title of its own. Screenshots of each at both widths land in test-results/a11y-*.png.
describe.skipIf(!available)("every page, for every reader, at 1400 and 390 px", () => {
  let app: App;
  let page: Page;
  const paths = new Map<string, string>();
  beforeAll(async () => {
    app = await startApp(PORT);
    page = app.page;
    await page.goto(app.url);
    const href = (selector: string) => page.locator(selector).first().getAttribute("href");
    paths.set("overview", "/");
    paths.set("discrepancy-group", (await href("tr:has(.verdict-discrepancy):has(.who) td[data-label=Claim] > a"))!);
    paths.set("agree-group", (await href("tr:has(.verdict-agree) td[data-label=Claim] > a"))!);
    paths.set("article", (await href("td[data-label=Article] > a"))!);
    paths.set("import", "/import");
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("finds each kind of page on the overview", () => {
    expect([...paths.values()].every(Boolean), JSON.stringify([...paths])).toBe(true);
  });

  it("catches what the issue reported: aria-label on a diff, faint struck-through text, a page wider than 390 px", async () => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(`${app.url}/import`);
    await page.evaluate(() => {
      const bad = document.createElement("p");
      bad.innerHTML =
        '<del aria-label="removed: 7">7</del> <span style="color:#c8ccd0;text-decoration:line-through">furniture</span>' +
        '<span style="display:inline-block;width:900px">wide</span>';
      document.querySelector("main")!.append(bad);
    });
    const found = await seriousViolations(page);
    expect(found.some((v) => v.startsWith("aria-prohibited-attr"))).toBe(true);
    expect(found.some((v) => v.startsWith("color-contrast"))).toBe(true);
    expect(await sideways(page)).toBeGreaterThan(0);
  });

  for (const width of WIDTHS) {
    it(`has no serious or critical axe-core violation and no sideways scroll at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      const found: Record<string, string[]> = {};
      for (const [name, path] of paths) {
        await page.goto(`${app.url}${path}`);
        await page.screenshot({ path: `${ARTIFACTS}/a11y-${name}-${width}.png`, fullPage: true });
        const violations = await seriousViolations(page);
        const scroll = await sideways(page);
        if (violations.length || scroll > 0)
          found[name] = [...violations, ...(scroll > 0 ? [`scrolls ${scroll}px sideways`] : [])];
      }
      expect(found).toEqual({});
    });
  }

  it("gives every page a title of its own", async () => {
    const titles: string[] = [];
    for (const path of paths.values()) {
      await page.goto(`${app.url}${path}`);
      titles.push(await page.title());
    }
    expect(new Set(titles).size, titles.join(" | ")).toBe(paths.size);
  });

  it("states each side's value of a discrepancy on the overview and first on the group page", async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${app.url}${paths.get("discrepancy-group")}`);
    const line = page.locator(".who-box .who").first();
    const sides = line.locator(".who-side");
    expect(await sides.count()).toBeGreaterThanOrEqual(2);
    // The line comes before any claim card or diff.
    const order = await page.evaluate(() => {
      const who = document.querySelector(".who-box")!;
      const first = document.querySelector("article.card, del, ins")!;
      return who.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    const values: { outlets: string; value: string; href: string }[] = [];
    for (let i = 0; i < (await sides.count()); i++) {
      const side = sides.nth(i);
      values.push({
        outlets: await side.locator("em").innerText(),
        value: await side.locator("strong").innerText(),
        href: (await side.getByRole("link").getAttribute("href"))!,
      });
    }
    expect(new Set(values.map((v) => v.value.toLowerCase())).size).toBe(values.length);
    // Each value is in the claim of an outlet named on its side, and its link highlights those words.
    for (const v of values) {
      const outlet = v.outlets.split(", ")[0]!;
      const bare = v.value.replace(/[“”…]/g, "").toLowerCase();
      const card = page.locator("article.card", { has: page.locator("strong", { hasText: outlet }) }).first();
      expect((await card.locator("p").first().innerText()).toLowerCase().replace(/[^\p{L}\p{N} ]/gu, "")).toContain(
        bare.replace(/[^\p{L}\p{N} ]/gu, ""),
      );
    }
    await page.goto(`${app.url}${values[0]!.href}`);
    const marked = (await page.locator("mark.hl").allInnerTexts()).join("").toLowerCase();
    expect(marked.replace(/\s+/g, " ")).toContain(values[0]!.value.replace(/[“”…]/g, "").toLowerCase().split(" ")[0]);
    // The overview row of that group carries the same line.
    await page.goto(app.url);
    const row = page.locator("tr", { has: page.locator(`a[href="${paths.get("discrepancy-group")}"]`) }).first();
    expect(await row.locator(".who strong").allInnerTexts()).toEqual(
      expect.arrayContaining(values.map((v) => v.value)),
    );
  });
});
