import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, startApp, type App } from "../helpers/app-server";
import { heavyArticle } from "../helpers/heavy-article";

const available = fs.existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`browser tests need Chromium at ${CHROMIUM}; .ci/run installs it`);

const PORT = 3140;
const ARTIFACTS = "test-results";
fs.mkdirSync(ARTIFACTS, { recursive: true });

// Issue 11: one heavy import used to make every page wait (a page load took 78 s). The import now runs in the
// server's job thread, so pages answer while it works.
describe.skipIf(!available)("pages while a heavy import runs", () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(PORT);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("loads the overview in Chromium while the job is still running, and the job page follows it to the end", async () => {
    const { page, url } = app;
    const timedLoads = async (n: number) => {
      const loads: number[] = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        await page.goto(url, { waitUntil: "load" });
        loads.push(Math.round(performance.now() - t0));
        expect(await page.getByRole("heading", { name: "Overview", exact: true }).isVisible()).toBe(true);
      }
      return loads;
    };
    const quiet = await timedLoads(3);
    const form = new FormData();
    for (const seed of [1, 2, 3]) {
      const doc = heavyArticle(150, seed);
      form.append("files", new File([doc.raw], doc.file));
    }
    const posted = performance.now();
    const res = await fetch(`${url}/api/import`, {
      method: "POST",
      body: form,
      headers: { accept: "application/json" },
    });
    const answeredMs = performance.now() - posted;
    expect(res.status).toBe(202);
    const job = (await res.json()) as { status: string; page: string };
    const state = async () => ((await (await fetch(`${url}${job.status}`)).json()) as { state: string }).state;
    for (let i = 0; i < 300 && (await state()) !== "running"; i++) await new Promise((r) => setTimeout(r, 100));
    const loads = await timedLoads(5);
    // Every load above happened during the job: it is still running once they are all done.
    expect(await state()).toBe("running");
    console.log(
      `import answered in ${Math.round(answeredMs)} ms; overview loads quiet: ${quiet.join(", ")} ms; ` +
        `during the job: ${loads.join(", ")} ms`,
    );
    expect(Math.max(...loads)).toBeLessThan(3_000);
    await page.goto(`${url}${job.page}`);
    expect(await page.locator("p[role=status]").getAttribute("data-state")).toMatch(/queued|running/);
    await page.screenshot({ path: `${ARTIFACTS}/import-job-running.png`, fullPage: true });
    await page.waitForSelector("p[role=status][data-state=done]", { timeout: 120_000 });
    expect(await page.locator(".job-counts").innerText()).toMatch(/Added 3 new article/);
    // One row per article, each ended where it ended, and the bar full.
    const rows = page.locator(".job-items tbody tr");
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-state")))).toEqual([
      "analysed",
      "analysed",
      "analysed",
    ]);
    expect(await page.locator(".job-progress").innerText()).toMatch(/^\s*3 of 3 done$/);
    await page.screenshot({ path: `${ARTIFACTS}/import-job-done.png`, fullPage: true });
  });
});
