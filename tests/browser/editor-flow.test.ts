import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { CHROMIUM, startApp, type App } from "../helpers/app-server";

const available = fs.existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`browser tests need Chromium at ${CHROMIUM}; .ci/run installs it`);

const PORT = 3185;
const ARTIFACTS = "test-results";
fs.mkdirSync(ARTIFACTS, { recursive: true });

const EDITOR = "casey";
const SEEDS = fs.readdirSync("seeds").map((f) => `seeds/${f}`);
const SEED_ARTICLES = SEEDS.filter((f) => f.endsWith(".txt")).length;
const FOLLOW_UPS = ["a.txt", "b.txt", "manifest.json"].map((f) => `tests/fixtures/follow-ups/${f}`);
const NOTE = "the outlets disagree on how the strategy labels the country";
/** Imports analyse every article of the story, which on a loaded 2-core machine takes a while. */
const JOB_MS = 240_000;

/** An audit entry's first line without its time: "who · action". */
const step = (entry: string) =>
  entry
    .replace(/^\d{4}-\d\d-\d\d \d\d:\d\d /, "")
    .split(" · ")
    .slice(0, 2)
    .join(" · ");

type Listed = {
  key: string;
  rank: number;
  verdict: string;
  claims: { key: string; outlet: string | null; text: string }[];
  latestReview: { status: string; note: string; reviewer: string | null; changedSinceReview: boolean } | null;
};

// The editor flow, end to end in Chromium on a server that needs a sign-in and holds no story yet: an editor
// signs in, creates a story, imports the seeds into it, disputes a discrepancy, splits a claim out and merges two
// groups, imports two more articles, and finds every decision still there, each step in the story's activity.
describe.skipIf(!available)("an editor's day at the desk, in Chromium", () => {
  let app: App;
  let page: Page;
  beforeAll(async () => {
    app = await startApp(PORT, { signIn: true, seeded: false, editor: EDITOR });
    page = app.page;
    page.setDefaultTimeout(60_000);
    page.setDefaultNavigationTimeout(60_000);
  }, 300_000);
  afterAll(async () => {
    await app?.stop();
  });

  const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}/editor-flow-${name}.png`, fullPage: true });
  /** The story's groups as the JSON API lists them, read with the browser's session. */
  const groups = async (story: string): Promise<Listed[]> => {
    const response = await page.request.get(`${app.url}/api/stories/${story}/groups?pageSize=100`);
    expect(response.status()).toBe(200);
    return ((await response.json()) as { groups: Listed[] }).groups;
  };
  const holding = (listed: Listed[], text: string) => listed.find((g) => g.claims.some((c) => c.text.includes(text)));
  // After more articles join, another outlet may carry the same words: find a claim by its key.
  const keeping = (listed: Listed[], key: string) => listed.find((g) => g.claims.some((c) => c.key === key));
  const submit = async (name: string) => {
    await Promise.all([page.waitForURL(/done=|saved=1/), page.getByRole("button", { name }).click()]);
    await page.waitForLoadState("networkidle");
  };
  /** Import files into the story from the import page, and wait on the job page until the job is done. */
  const importInto = async (story: string, files: string[]) => {
    await page.goto(`${app.url}/stories/${story}`);
    await page.getByRole("link", { name: "Import articles into this story" }).click();
    await page.waitForURL(`${app.url}/import?story=${story}`);
    expect(await page.getByLabel("Into story").inputValue()).toBe(story);
    await page.setInputFiles('input[name="files"]', files);
    await Promise.all([
      page.waitForURL(/\/import\/jobs\/\d+$/),
      page.getByRole("button", { name: "Import and re-analyse" }).click(),
    ]);
    await page.locator("p[role=status][data-state=done]").waitFor({ timeout: JOB_MS });
    return (await page.locator("p.job-counts").innerText()).trim();
  };

  it("signs in, imports, decides, imports again, and every decision and step is still there", async () => {
    const { url } = app;
    const editor = app.editor!;
    expect(editor.password).toMatch(/^[A-Za-z0-9_-]{24}$/);

    // 1. Sign in as the editor.
    await page.goto(url);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.getByLabel("User name").fill(editor.name);
    await page.getByLabel("Password").fill(editor.password);
    await Promise.all([page.waitForURL(`${url}/`), page.getByRole("button", { name: "Sign in" }).click()]);
    expect(await page.locator("header .account").textContent()).toContain(`Signed in as ${EDITOR} (editor)`);

    // 2. Create a story and import the seeds into it.
    await page.getByLabel("New story title").fill("Strategy revision");
    await page.getByLabel("Description", { exact: true }).first().fill("How the revised strategy treats a neighbour");
    await Promise.all([
      page.waitForURL(/\/stories\/s\d+\?done=created$/),
      page.getByRole("button", { name: "Create story" }).click(),
    ]);
    const story = new URL(page.url()).pathname.split("/").pop()!;
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Strategy revision");
    expect(await importInto(story, SEEDS)).toBe(`Added ${SEED_ARTICLES} new article(s); 0 already stored; 0 refused.`);
    const seeded = await groups(story);
    const discrepancies = seeded.filter((g) => g.verdict === "discrepancy");
    expect(discrepancies.length).toBeGreaterThan(1);
    await page.goto(url);
    const row = page.locator("#stories + table tbody tr", { hasText: "Strategy revision" });
    expect(await row.locator("td").allInnerTexts()).toEqual([
      `Strategy revision (${story})`,
      "accepted",
      String(SEED_ARTICLES),
      String(discrepancies.length),
    ]);
    await shot("story-list");

    // 3. Open a discrepancy from the filtered group list and dispute it with a note.
    await page.goto(`${url}/stories/${story}/groups`);
    await page.getByLabel("Verdict").selectOption("discrepancy");
    await Promise.all([page.waitForURL(/verdict=discrepancy/), page.getByRole("button", { name: "Filter" }).click()]);
    const listed = page.locator("[data-nav-group]");
    expect(await listed.evaluateAll((els) => els.map((e) => e.getAttribute("data-nav-group")))).toEqual(
      discrepancies.map((g) => g.key),
    );
    // The best-ranked discrepancy, with claims enough to split one out and keep a group.
    const disputed = discrepancies[0]!;
    expect(disputed.claims.length).toBeGreaterThan(2);
    await Promise.all([page.waitForURL(`${url}/groups/${disputed.key}`), listed.first().getByRole("link").click()]);
    await page.locator("form.review select[name=status]").selectOption("disputed");
    await page.locator("form.review textarea[name=note]").fill(NOTE);
    await submit("Save review");
    expect(await page.getByRole("status").first().innerText()).toBe(`Review saved: disputed — ${NOTE}.`);

    // 4. Split one claim out of the disputed group, then merge what is left with another group.
    const leaving = disputed.claims[2]!;
    const split = page.locator("form[aria-label='Split claims out']");
    await split.locator(`input[name=claimKeys][value="${leaving.key}"]`).check();
    await submit("Split claims out");
    expect(await page.locator("article.card").count()).toBe(disputed.claims.length - 1);
    const afterSplit = await groups(story);
    const remaining = holding(afterSplit, disputed.claims[0]!.text)!;
    const alone = holding(afterSplit, leaving.text)!;
    expect(alone.claims.map((c) => c.key)).toEqual([leaving.key]);
    expect(remaining.claims.map((c) => c.key).sort()).toEqual(
      disputed.claims
        .filter((c) => c.key !== leaving.key)
        .map((c) => c.key)
        .sort(),
    );
    // The page followed the claims that stayed; the best-ranked other discrepancy with none of their articles (a
    // group holds one claim per article; claim keys start with their article's hash) joins them.
    expect(new URL(page.url()).pathname).toBe(`/groups/${remaining.key}`);
    const articleOf = (claimKey: string) => claimKey.split(":")[0]!;
    const held = new Set(remaining.claims.map((c) => articleOf(c.key)));
    const partner = afterSplit.find(
      (g) =>
        g.verdict === "discrepancy" && g.key !== remaining.key && !g.claims.some((c) => held.has(articleOf(c.key))),
    )!;
    expect(partner, "a discrepancy group to merge with").toBeDefined();
    await page.locator("form[aria-label='Merge groups'] select[name=keys]").selectOption(partner.key);
    await submit("Merge groups");
    expect(await page.locator("article.card").count()).toBe(remaining.claims.length + partner.claims.length);
    const merged = new URL(page.url()).pathname.split("/").pop()!;
    const afterMerge = await groups(story);
    expect(holding(afterMerge, partner.claims[0]!.text)!.key).toBe(merged);
    expect(holding(afterMerge, disputed.claims[0]!.text)!.key).toBe(merged);

    // 5. Import two more articles into the same story.
    expect(await importInto(story, FOLLOW_UPS)).toBe("Added 2 new article(s); 0 already stored; 0 refused.");

    // 6. Every decision is still there, and the story's activity lists each step.
    const later = await groups(story);
    const now = keeping(later, disputed.claims[0]!.key)!;
    expect(keeping(later, partner.claims[0]!.key)!.key).toBe(now.key);
    expect(keeping(later, leaving.key)!.claims.map((c) => c.key)).not.toContain(disputed.claims[0]!.key);
    expect(now.claims.filter((c) => c.outlet === "Eastern Ledger").length).toBeGreaterThan(0);
    expect(now.latestReview).toMatchObject({
      status: "disputed",
      note: NOTE,
      reviewer: EDITOR,
      changedSinceReview: true,
    });
    // The merged group's key was retired by the re-analysis: the old link leads to the group holding its claims.
    await page.goto(`${url}/groups/${merged}`);
    await page.waitForURL(`${url}/groups/${now.key}?from=${merged}`);
    await page.waitForLoadState("networkidle");
    expect(await page.getByRole("heading", { name: "Changed since review" }).isVisible()).toBe(true);
    const earlier = page.locator("h3:has-text('Changed since review') ~ ul li");
    expect(await earlier.count()).toBe(1);
    expect(await earlier.locator("strong").innerText()).toBe("disputed");
    const [judged, changed] = (await earlier.innerText()).split("\n");
    expect(judged).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d: disputed ${NOTE}$`));
    expect(changed).toContain("Eastern Ledger");
    expect(changed).toMatch(/; 1 claim left for other groups$/);
    const history = await page.getByRole("list", { name: "This group's history" }).locator("li").allInnerTexts();
    expect(history.map(step)).toEqual([`${EDITOR} · merge`, `${EDITOR} · split`, `${EDITOR} · review`]);
    await page.screenshot({ path: `${ARTIFACTS}/editor-flow-group.png` });
    // From the review down: the earlier review, the decision forms and the history.
    const [top, bottom] = await page.evaluate(() => [
      document.getElementById("review")!.getBoundingClientRect().top + window.scrollY - 16,
      document.documentElement.scrollHeight,
    ]);
    await page.screenshot({
      path: `${ARTIFACTS}/editor-flow-group-history.png`,
      fullPage: true,
      clip: { x: 0, y: top!, width: 1280, height: bottom! - top! },
    });

    await page.goto(`${url}/stories/${story}/activity`);
    const feed = await page.getByRole("list", { name: "Story activity" }).locator("li").allInnerTexts();
    // Newest first, down to the story's creation, each by the editor.
    expect(feed.map(step)).toEqual(
      ["import", "merge", "split", "review", "import", "story"].map((action) => `${EDITOR} · ${action}`),
    );
    expect(feed[3]).toContain(`nothing → status: disputed; note: ${NOTE}`);
    expect(feed[0]).toContain("added: (id: 6; file: a.txt), (id: 7; file: b.txt); unchanged: none; refused: none");
    await shot("activity");

    // A filtered list, shared by its URL: the story's disputed discrepancies: the merged group alone.
    await page.goto(`${url}/stories/${story}/groups?verdict=discrepancy&status=disputed`);
    expect(await listed.evaluateAll((els) => els.map((e) => e.getAttribute("data-nav-group")))).toEqual([now.key]);
    expect(await listed.locator(".muted").innerText()).toMatch(
      new RegExp(` · disputed \\(changed since review\\) by ${EDITOR}$`),
    );
    await shot("filtered-groups");
  }, 900_000);
});
