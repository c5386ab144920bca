import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { CHROMIUM, startApp, type App } from "../helpers/app-server";

const available = fs.existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`browser tests need Chromium at ${CHROMIUM}; .ci/run installs it`);

const PORT = 3163;
const ARTIFACTS = "test-results";
fs.mkdirSync(ARTIFACTS, { recursive: true });

/** Markup that runs script if any page ever renders it as HTML instead of text. */
const XSS = `<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=1;alert(2)</script><svg onload="alert(3)">`;
const ATTACK = `"><iframe src="javascript:alert(4)"></iframe>`;

function article(lines: string[]): string {
  return `${lines.join("\n\n")}\n`;
}

/** Articles whose text, title, outlet and file name all carry payloads, with a manifest naming the outlet. */
function hostileUpload(): FormData {
  const form = new FormData();
  const html = `<html><head><title>${XSS}</title></head><body><h1>Bridge ${XSS}</h1><p>Officials said 40 people were hurt when the Calder bridge fell on Monday. Read <a href="javascript:alert(5)">more</a> ${XSS}</p></body></html>`;
  const text = article([
    `Calder bridge ${ATTACK}`,
    `Officials said 41 people were hurt when the Calder bridge fell on Monday, the mayor said. “${XSS}” she said.`,
  ]);
  form.append("files", new File([html], `page${ATTACK}.html`));
  form.append("files", new File([text], `${XSS}.txt`.replace(/[/]/g, "")));
  const manifest = { articles: [{ file: `page${ATTACK}.html`, outlet: `Courier ${XSS}` }] };
  form.append("files", new File([JSON.stringify(manifest)], "manifest.json"));
  form.append("files", new File(["\u0000\u0001"], `bad${XSS}.txt`.replace(/[/]/g, "")));
  return form;
}

describe.skipIf(!available)("a hostile browser", () => {
  let app: App;
  let page: Page;
  let base: string;
  let groupKey: string;
  let jobPage: string;
  const dialogs: string[] = [];
  beforeAll(async () => {
    app = await startApp(PORT);
    page = app.page;
    base = app.url;
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // Every CSP violation is counted in the page, where the browser reports it.
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const imported = await fetch(`${base}/api/import`, {
      method: "POST",
      body: hostileUpload(),
      headers: { accept: "application/json" },
    });
    expect(imported.status).toBe(202);
    const job = (await imported.json()) as { status: string; page: string };
    jobPage = job.page;
    for (let i = 0; i < 600; i++) {
      const view = (await (await fetch(`${base}${job.status}`)).json()) as { pending: boolean };
      if (!view.pending) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    groupKey = /href="\/groups\/([0-9a-f]{20})"/.exec(await (await fetch(`${base}/`)).text())![1]!;
    const review = await fetch(`${base}/api/reviews`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ groupKey, status: "disputed", note: XSS }),
    });
    expect(review.status).toBe(201);
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** Open a page and check that nothing ran and nothing was injected or blocked. */
  async function expectClean(path: string, shot?: string) {
    const response = await page.goto(`${base}${path}`);
    expect(response?.status(), path).toBeLessThan(500);
    await page.waitForLoadState("networkidle");
    const state = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
      violations: (window as unknown as { __violations: string[] }).__violations,
      injected: document.querySelectorAll("img[src=x], [onerror], [onload], svg[onload], iframe").length,
      unnonced: [...document.querySelectorAll("script")].filter((s) => !s.nonce && !s.src).length,
    }));
    expect(state, path).toEqual({ xss: null, violations: [], injected: 0, unnonced: 0 });
    if (shot) await page.screenshot({ path: `${ARTIFACTS}/${shot}.png`, fullPage: true });
  }

  it("shows every page holding payloads as text: no dialog, no injected element, no CSP violation", async () => {
    await expectClean("/", "hostile-overview");
    const html = await (await fetch(`${base}/`)).text();
    const ids = [...new Set([...html.matchAll(/href="\/articles\/(\d+)"/g)].map((m) => m[1]))];
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) await expectClean(`/articles/${id}?hl=${encodeURIComponent(XSS)}`);
    await expectClean(`/groups/${groupKey}?ref=${encodeURIComponent(XSS)}`, "hostile-group");
    await expectClean(`/import?error=${encodeURIComponent(XSS)}&added=${encodeURIComponent(XSS)}`);
    expect(await page.locator("body").innerText()).not.toContain("onerror");
    // Each story's report and timeline: outlets, headlines, claim labels and the editor's note, all as text.
    const stories = [...new Set([...html.matchAll(/href="\/stories\/(s\d+)\/report"/g)].map((m) => m[1]))];
    expect(stories.length).toBeGreaterThan(0);
    let shown = false;
    for (const id of stories)
      for (const view of ["report", "timeline"]) {
        await expectClean(`/stories/${id}/${view}`);
        const text = await page.locator("main").innerText();
        // The uploaded outlet's payload, shown as the characters it is made of.
        if (!text.includes("Courier <img src=x")) continue;
        shown = true;
        await page.screenshot({ path: `${ARTIFACTS}/hostile-${view}.png`, fullPage: true });
      }
    expect(shown, "a report or timeline shows the uploaded outlet's name").toBe(true);
    expect(dialogs).toEqual([]);
  });

  it("shows uploaded file names as given and words refusals from codes, never from the URL", async () => {
    await expectClean(jobPage, "hostile-import");
    const body = await page.locator("body").innerText();
    expect(body).toContain("bad<img src=x");
    expect(body).not.toMatch(/\/tmp\/|crosscheck-/);
    await expectClean(`/import?error=${encodeURIComponent("Your account is locked, call +1 555")}`);
    expect(await page.locator("p[role=alert]").innerText()).not.toContain("555");
  });

  it("sends a nonced CSP that forbids framing, and the browser blocks a frame", async () => {
    const res = await fetch(`${base}/`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline' 'nonce");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
    expect((await fetch(`${base}/import?q=${"a".repeat(3000)}`)).status).toBe(414);
    const api = await fetch(`${base}/api/reviews`, {
      method: "POST",
      body: "x",
      headers: { "content-type": "text/plain" },
    });
    expect([api.status, api.headers.get("x-content-type-options")]).toEqual([400, "nosniff"]);
    await page.route("http://evil.example/**", (route) =>
      route.fulfill({ contentType: "text/html", body: `<iframe id="f" src="${base}/"></iframe>` }),
    );
    await page.goto("http://evil.example/frame");
    await page.waitForTimeout(1500);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    const text = await framed?.evaluate(() => document.body?.innerText ?? "").catch(() => "");
    expect(text ?? "").not.toContain("Crosscheck");
  });

  it("refuses a form posted from another site", async () => {
    const form = `<form id="f" method="post" action="${base}/api/reviews"><input name="groupKey" value="${groupKey}"><input name="status" value="dismissed"><input name="note" value="cross-site"></form><script>document.getElementById("f").submit()</script>`;
    await page.route("http://evil.example/**", (route) => route.fulfill({ contentType: "text/html", body: form }));
    const answer = page.waitForResponse((r) => r.url().endsWith("/api/reviews"));
    await page.goto("http://evil.example/post");
    const response = await answer;
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain("cross_site");
  });
});
