import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { CHROMIUM, startApp, type App } from "../helpers/app-server";

const available = fs.existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`browser tests need Chromium at ${CHROMIUM}; .ci/run installs it`);

const PORT = 3161;
const ARTIFACTS = "test-results";
fs.mkdirSync(ARTIFACTS, { recursive: true });

// An editor disputes a discrepancy, splits a claim out of its group and merges what is left with another group,
// all through the group page's plain forms; each step shows in the group's history and the story's activity.
describe.skipIf(!available)("the editor's decisions on the group page, in Chromium", () => {
  let app: App;
  let page: Page;
  beforeAll(async () => {
    app = await startApp(PORT);
    page = app.page;
  });
  afterAll(async () => {
    await app?.stop();
  });

  const cards = () => page.locator("article.card");
  const submit = async (form: string) => {
    await Promise.all([page.waitForURL(/done=|saved=1/), page.getByRole("button", { name: form }).click()]);
  };

  it("disputes, splits and merges, and the history lists each step", async () => {
    await page.goto(app.url);
    await page.locator("td[data-label=Claim] > a").first().click();
    await page.waitForSelector("h1:has-text('Group')");
    const claimsBefore = await cards().count();
    expect(claimsBefore).toBeGreaterThan(2);

    await page.locator("form.review select[name=status]").selectOption("disputed");
    await page.locator("form.review textarea[name=note]").fill("the figures differ by outlet");
    await submit("Save review");
    expect(await page.getByRole("status").first().innerText()).toContain("disputed");

    const leaving = await cards().nth(0).getAttribute("aria-label");
    await page.locator("form[aria-label='Split claims out'] input[name=claimKeys]").first().check();
    await submit("Split claims out");
    expect(await cards().count()).toBe(claimsBefore - 1);
    expect(await page.locator("article.card", { hasText: leaving!.replace("Claim from ", "") }).count()).toBeLessThan(
      claimsBefore,
    );

    const merged = await page.locator("form[aria-label='Merge groups'] select[name=keys] option").first().innerText();
    await submit("Merge groups");
    expect(await page.getByRole("status").first().innerText()).toContain("merge");
    expect(await cards().count()).toBeGreaterThan(claimsBefore - 1);
    const history = page.getByRole("list", { name: "This group's history" });
    const actions = await history.locator("li").allInnerTexts();
    expect(actions.some((t) => t.includes("· merge ·"))).toBe(true);
    expect(actions.some((t) => t.includes("· split ·"))).toBe(true);
    // The dispute was made on a key the split retired: it shows here as changed since review.
    expect(await page.getByRole("heading", { name: "Changed since review" }).isVisible()).toBe(true);
    expect(merged).toMatch(/^Group \d+: /);
    await page.screenshot({ path: `${ARTIFACTS}/decisions-group.png`, fullPage: true });

    await page.getByRole("link", { name: "The story's activity" }).click();
    await page.waitForSelector("h1:has-text('Activity')");
    const feed = await page.getByRole("list", { name: "Story activity" }).locator("li").allInnerTexts();
    // Newest first, down to the import of the seeds that made the story.
    expect(feed.map((t) => t.split(" · ")[1])).toEqual(["merge", "split", "review", "import"]);
    await page.screenshot({ path: `${ARTIFACTS}/decisions-activity.png`, fullPage: true });
  });
});
