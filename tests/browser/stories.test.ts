import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, startApp, type App } from "../helpers/app-server";
import { STORY_DIR } from "../helpers/stories";

const available = fs.existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`browser tests need Chromium at ${CHROMIUM}; .ci/run installs it`);

const PORT = 3150;
const ARTIFACTS = "test-results";
fs.mkdirSync(ARTIFACTS, { recursive: true });

// An editor's story workspace in Chromium: create a story on the overview, import two articles into it from the
// import page, and find them on the story's page, analysed, beside the seeds' suggested stories.
describe.skipIf(!available)("story workspaces", () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(PORT);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("creates a story on the overview and imports into it from the import page", async () => {
    const { page, url } = app;
    await page.goto(url);
    const seeded = await page.locator("#stories + table tbody tr").count();
    expect(seeded).toBeGreaterThan(0);
    await page.getByLabel("New story title").fill("Calder bridge closure");
    await page.getByLabel("Description", { exact: true }).first().fill("Two outlets on the harbour bridge");
    await page.getByRole("button", { name: "Create story" }).click();
    await page.waitForURL(/\/stories\/s\d+\?done=created/);
    const storyUrl = new URL(page.url()).pathname;
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Calder bridge closure");
    expect(await page.getByRole("status").textContent()).toContain("Story created");
    expect(await page.getByText("No articles yet.").isVisible()).toBe(true);

    await page.getByRole("link", { name: "Import articles into this story" }).click();
    await page.waitForURL(/\/import\?story=s\d+/);
    const chosen = await page.getByLabel("Into story").inputValue();
    expect(`/stories/${chosen}`).toBe(storyUrl);
    const dir = `${STORY_DIR}/calder`;
    await page.setInputFiles('input[name="files"]', [`${dir}/a.txt`, `${dir}/b.txt`, `${dir}/manifest.json`]);
    await page.getByRole("button", { name: "Import and re-analyse" }).click();
    await page.waitForURL(/\/import\/jobs\/\d+/);
    const jobPage = page.url();
    const status = `${url}/api/import/jobs/${jobPage.split("/").pop()}`;
    let job = { state: "queued" } as { state: string };
    for (let i = 0; i < 240 && job.state !== "done" && job.state !== "failed"; i++) {
      await new Promise((r) => setTimeout(r, 500));
      job = (await (await fetch(status)).json()) as typeof job;
    }
    expect(job).toMatchObject({ state: "done", result: { added: 2, stories: [{ id: chosen }] } });

    await page.goto(`${url}${storyUrl}`);
    const items = page.locator("ul.story-articles > li");
    expect(await items.count()).toBe(2);
    expect(await page.getByText(/Accepted story s\d+, made by local editor: 2 articles/).isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/story-page.png`, fullPage: true });
    await page.goto(url);
    expect(await page.locator("#stories + table tbody tr").count()).toBe(seeded + 1);
    const row = page.locator("#stories + table tbody tr", { hasText: "Calder bridge closure" });
    expect(await row.locator("td").nth(1).textContent()).toBe("accepted");
    expect(await row.locator("td").nth(2).textContent()).toBe("2");
    await page.screenshot({ path: `${ARTIFACTS}/story-list.png`, fullPage: false });
  });
});
