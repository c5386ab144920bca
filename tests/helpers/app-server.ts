import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
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

type Account = { name: string; password: string };
/**
 * `admin` is the first-run admin, with the password the seed printed on its last line; `editor` is the editor asked
 * for, with the password `users add` printed.
 */
export type App = { url: string; page: Page; admin: Account; editor: Account | null; stop: () => Promise<void> };

type Options = {
  /** Sign-in required, as `npm start` serves; otherwise local mode. */
  signIn?: boolean;
  /** The seed story imported, as on a fresh clone; `false` leaves the store empty but for its users. */
  seeded?: boolean;
  /** The name of an editor to create with `npm run cli -- users add NAME --role editor`. */
  editor?: string;
};

/** Run a script against the test's database; what it printed last is the password it was asked to show once. */
function lastLine(args: string[], databaseUrl: string): string {
  const out = execFileSync("npx", ["tsx", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "pipe",
  });
  return out.toString().trim().split("\n").at(-1)!;
}

/** What the build is made from: a change to any of these after the last build means the build is stale. */
const SOURCES = [
  "app",
  "lib",
  "server",
  "generated",
  "prisma/models.prisma",
  "next.config.js",
  "proxy.ts",
  "package.json",
  "tsconfig.json",
];

/** The newest modification time under `target`, or 0 when it does not exist. */
function newest(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target, { withFileTypes: true })
    .filter((e) => !e.name.startsWith(".") && e.name !== "node_modules" && !e.name.endsWith(".test.ts"))
    .reduce((max, e) => Math.max(max, newest(path.join(target, e.name))), stat.mtimeMs);
}

/** Build the app unless .next holds a build newer than every source: a stale build tests yesterday's code. */
export function ensureFreshBuild(): void {
  const built = fs.existsSync(".next/BUILD_ID") ? fs.statSync(".next/BUILD_ID").mtimeMs : 0;
  const changed = SOURCES.find((s) => newest(s) > built);
  if (!changed) return;
  console.warn(
    `browser tests: ${built ? `${changed} changed since the last build` : "no build yet"}; running next build`,
  );
  execFileSync("npx", ["next", "build"], { stdio: "inherit" });
}

/**
 * The built app on its own port over a fresh, seeded SQLite file, and a Chromium page to drive it. It runs in local
 * mode (CROSSCHECK_LOCAL=1, no sign-in, writes made as the local editor) unless `signIn` is set: the browser tests of
 * pages and imports then need no account, tests/browser/sign-in.test.ts signs in as the first-run admin, and
 * tests/browser/editor-flow.test.ts as an editor, into a store with no seed story (`seeded: false`).
 */
export async function startApp(
  basePort: number,
  { signIn = false, seeded = true, editor }: Options = {},
): Promise<App> {
  // Checkouts that test side by side on one machine each set their own shift, so their servers never share a port.
  const port = basePort + Number(process.env.CROSSCHECK_TEST_PORT_SHIFT ?? 0);
  ensureFreshBuild();
  const db = freshDatabase();
  // An empty store's first admin is made by the command line, as the seed would make it, but with no articles.
  const password = seeded
    ? lastLine(["prisma/seed.ts"], db.url)
    : lastLine(["cli/main.ts", "users", "add", "admin", "--role", "admin"], db.url);
  const editorAccount = editor
    ? { name: editor, password: lastLine(["cli/main.ts", "users", "add", editor, "--role", "editor"], db.url) }
    : null;
  const server: ChildProcess = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: db.url, CROSSCHECK_LOCAL: signIn ? "" : "1" },
    stdio: "pipe",
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  let up = false;
  for (let i = 0; i < 120 && !up; i++) {
    up = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false);
    if (!up) await new Promise((r) => setTimeout(r, 500));
  }
  if (!up) {
    if (server.pid) process.kill(-server.pid);
    throw new Error(`the app did not answer on ${url} within a minute`);
  }
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  return {
    url,
    page,
    admin: { name: "admin", password },
    editor: editorAccount,
    stop: async () => {
      await browser.close();
      // A server that already exited (its group is gone: ESRCH) needs no stopping.
      if (server.pid && server.exitCode === null) process.kill(-server.pid);
      fs.rmSync(db.dir, { recursive: true, force: true });
    },
  };
}
