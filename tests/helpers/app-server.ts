import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { freshDatabase } from "./temp-db";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type App = { url: string; page: Page; stop: () => Promise<void> };

/** The built app on its own port over a fresh, seeded SQLite file, and a Chromium page to drive it. */
export async function startApp(port: number): Promise<App> {
  if (!fs.existsSync(".next/BUILD_ID")) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const db = freshDatabase();
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env: { ...process.env, DATABASE_URL: db.url }, stdio: "pipe" });
  const server: ChildProcess = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: db.url },
    stdio: "pipe",
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(url)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  return {
    url,
    page,
    stop: async () => {
      await browser.close();
      if (server.pid) process.kill(-server.pid);
      fs.rmSync(db.dir, { recursive: true, force: true });
    },
  };
}
