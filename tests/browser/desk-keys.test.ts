import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { CHROMIUM, startApp, type App } from "../helpers/app-server";

const available = fs.existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`browser tests need Chromium at ${CHROMIUM}; .ci/run installs it`);

const PORT = 3170;
const ARTIFACTS = "test-results";
fs.mkdirSync(ARTIFACTS, { recursive: true });

type Listed = { key: string; rank: number; latestReview: { status: string } | null };

// The group list's filters live in the URL, and the list and the group page answer the keyboard.
describe.skipIf(!available)("filters and keyboard on the desk, in Chromium", () => {
  let app: App;
  let page: Page;
  let story: string;
  beforeAll(async () => {
    app = await startApp(PORT);
    page = app.page;
    const stories = (await (await fetch(`${app.url}/api/stories`)).json()) as { stories: { id: string }[] };
    story = stories.stories[0]!.id;
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** Keys pressed before React hydrates do nothing: wait until the page says its shortcuts are live. */
  const keysReady = () => page.locator("html[data-keys='on']").waitFor({ state: "attached" });

  const listed = async (query: string): Promise<Listed[]> =>
    ((await (await fetch(`${app.url}/api/stories/${story}/groups?${query}`)).json()) as { groups: Listed[] }).groups;

  it("writes the filters into the URL, and the URL alone gives the same filtered list", async () => {
    await page.goto(`${app.url}/stories/${story}/groups`);
    await page.getByLabel("Verdict").selectOption("discrepancy");
    await page.getByLabel("Discrepancy").selectOption("quantity");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL(/verdict=discrepancy/);
    const url = new URL(page.url());
    expect(url.searchParams.get("verdict")).toBe("discrepancy");
    expect(url.searchParams.get("kind")).toBe("quantity");
    const expected = await listed("verdict=discrepancy&kind=quantity");
    expect(expected.length).toBeGreaterThan(0);
    const shown = await page
      .locator("[data-nav-group]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-nav-group")));
    expect(shown).toEqual(expected.map((g) => g.key));
    await page.screenshot({ path: `${ARTIFACTS}/desk-filtered-groups.png`, fullPage: true });
    // A second visitor opening the shared link sees the same list and the same choices in the form.
    const other = await page.context().browser()!.newPage();
    await other.goto(url.toString());
    expect(await other.locator("[data-nav-group]").count()).toBe(expected.length);
    expect(await other.getByLabel("Discrepancy").inputValue()).toBe("quantity");
    await other.close();
  });

  it("moves through the list with j and k, sets a status with a number key, and shows the help on ?", async () => {
    await page.goto(`${app.url}/stories/${story}/groups?verdict=discrepancy`);
    const groups = await listed("verdict=discrepancy");
    await keysReady();
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await page.keyboard.press("k");
    const focused = () =>
      page.evaluate(() => document.activeElement?.closest("[data-nav-group]")?.getAttribute("data-nav-group"));
    expect(await focused()).toBe(groups[0]!.key);
    await page.keyboard.press("j");
    expect(await focused()).toBe(groups[1]!.key);
    await page.keyboard.press("2");
    await page.getByRole("status").filter({ hasText: "marked disputed" }).waitFor();
    expect((await listed("verdict=discrepancy&status=disputed")).map((g) => g.key)).toEqual([groups[1]!.key]);
    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await help.waitFor();
    expect(await help.getByRole("row").count()).toBe(12);
    await page.screenshot({ path: `${ARTIFACTS}/desk-keyboard-help.png` });
    await page.keyboard.press("Escape");
    await help.waitFor({ state: "hidden" });
    // Typing in a field is text, not a shortcut.
    await page.getByLabel("Words").fill("j2?");
    expect(await help.isVisible()).toBe(false);
    expect((await listed("status=disputed")).length).toBe(1);
  });

  it("goes to the next group and opens the article at the claim from a group page", async () => {
    const groups = await listed("pageSize=3");
    await page.goto(`${app.url}/groups/${groups[0]!.key}`);
    await keysReady();
    await page.keyboard.press("j");
    await page.waitForURL(`${app.url}/groups/${groups[1]!.key}`);
    await keysReady();
    await page.keyboard.press("k");
    await page.waitForURL(`${app.url}/groups/${groups[0]!.key}`);
    await keysReady();
    await page.keyboard.press("k");
    await page.getByRole("status").filter({ hasText: "This is the first group." }).waitFor();
    await page.keyboard.press("o");
    await page.waitForURL(/\/articles\/\d+\?hl=\d+-\d+#hl-\d+/);
    expect(await page.locator("mark.hl").count()).toBeGreaterThan(0);
  });
});
