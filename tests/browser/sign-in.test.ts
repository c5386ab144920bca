import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, startApp, type App } from "../helpers/app-server";

const available = fs.existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`browser tests need Chromium at ${CHROMIUM}; .ci/run installs it`);

const PORT = 3170;
const ARTIFACTS = "test-results";
fs.mkdirSync(ARTIFACTS, { recursive: true });

// A server that needs a sign-in, as `npm start` makes one from a fresh clone: its seed printed the first admin's
// password once, and that is what the editor types in.
describe.skipIf(!available)("signing in", () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(PORT, { signIn: true });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("sends a reader with no session to /sign-in, and back to the page once the password matches", async () => {
    const { page, url, admin } = app;
    expect(admin.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const api = await fetch(`${url}/api/stories/s1/export?format=json`);
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ code: "unauthorized" });

    await page.goto(`${url}/import`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.getByLabel("User name").fill(admin.name);
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.locator("p[role=alert]").textContent()).toContain("do not match");

    await page.getByLabel("User name").fill(admin.name);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${url}/import`);
    expect(await page.getByRole("heading", { name: "Import articles" }).isVisible()).toBe(true);
    expect(await page.locator("header .account").textContent()).toContain("Signed in as admin (admin)");
    await page.screenshot({ path: `${ARTIFACTS}/signed-in.png` });

    await page.getByRole("link", { name: "Users" }).click();
    await page.waitForURL(`${url}/admin/users`);
    expect(await page.getByRole("cell", { name: "admin", exact: true }).isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/admin-users.png` });

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${url}/sign-in?signedOut=1`);
    await page.goto(`${url}/`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.screenshot({ path: `${ARTIFACTS}/sign-in.png` });
  });
});
