// npm run bench:http: the production server on a bench database (default: bench:scale's 10,000-article PostgreSQL
// one; --db URL or --label 1500 for another), driven with autocannon at 50 connections: the story list, the largest
// story's group list (its second page when it has one), a discrepancy group of that story and an article page; then
// the same while a worker imports 500 articles. The server runs with sign-in required, as deployed, and the requests
// carry a viewer's session cookie (scripts/bench-http-session.ts). Run `npm run bench:scale` (and `next build`) first.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import autocannon from "autocannon";
import { basilArticles, basilDocument, otherEvent } from "./basil";
import { benchDatabaseUrl } from "./bench-database";
import { benchSessionCookie, checkPage } from "./bench-http-session";

const CONNECTIONS = 50;
const IMPORT_SIZE = 500;

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

const url = flag("--db", benchDatabaseUrl("postgres", flag("--label", "10000")));
const port = Number(flag("--port", "3190"));
const seconds = Number(flag("--duration", "15"));
// --no-import: the quiet runs alone, for trying a change quickly.
const withImport = !process.argv.includes("--no-import");
const base = `http://127.0.0.1:${port}`;

// The server's own job thread is left out: the busy figures are for an import run by a separate worker. Local mode
// (no sign-in) is off, so every page checks the reader's session as a deployed one does.
function start(command: string, args: string[]): ChildProcess {
  const env = { ...process.env, DATABASE_URL: url, CROSSCHECK_WORKERS: "separate", CROSSCHECK_LOCAL: "" };
  return spawn(command, args, { env, stdio: "ignore", detached: true });
}

/**
 * The worker is killed outright: on SIGTERM it finishes the job at hand, and an import of 500 articles would then
 * be stored, growing the bench store for the next run. Killed, its one transaction stores nothing.
 */
function stop(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): void {
  if (child.pid) process.kill(-child.pid, signal);
}

type Row = {
  route: string;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** How many answers of each status autocannon saw: anything but 200 is counted in errors too. */
  statuses: string;
};

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

/** How quickly the sign-in page must answer before the next route is driven. */
const SETTLED_MS = 200;

/**
 * Wait (at most a minute) until the server answers a light page quickly again: autocannon closes its connections
 * when a run ends, but the server goes on rendering what they asked for, and the next route would pay for it.
 */
async function settle(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const t0 = performance.now();
    await fetch(`${base}/sign-in`).then((r) => r.text());
    if (performance.now() - t0 < SETTLED_MS) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function drive(route: string, path: string, cookie: string): Promise<Row> {
  await settle();
  const times: number[] = [];
  const statuses = new Map<number, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `${base}${path}`, connections: CONNECTIONS, duration: seconds, headers: cookie ? { cookie } : {} },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
  });
  times.sort((a, b) => a - b);
  const errors = result.errors + result.timeouts + result.non2xx;
  return {
    route,
    requests: times.length,
    p50: Math.round(percentile(times, 50)),
    p95: Math.round(percentile(times, 95)),
    p99: Math.round(percentile(times, 99)),
    errors,
    statuses: [...statuses].map(([status, n]) => `${status}: ${n}`).join(", "),
  };
}

const FLOOR_ROUTE = "sign-in page, signed out (reads nothing: the floor)";

/** The group list's page size when the address names none (server/api/schemas.ts pageQuery). */
const LIST_PAGE = 50;

/** The story with the most groups: its list pages and its groups are the heaviest a reader opens. */
async function routes(): Promise<[string, string][]> {
  const { db } = await import("../server/db");
  const [largest] = await db().claimGroup.groupBy({
    by: ["story"],
    _count: { _all: true },
    orderBy: { _count: { story: "desc" } },
    take: 1,
  });
  if (!largest) throw new Error("the bench store holds no groups: run `npm run bench:scale` first");
  const story = largest.story;
  const page = largest._count._all > LIST_PAGE ? 2 : 1;
  const group = await db().claimGroup.findFirstOrThrow({
    where: { story, verdict: "discrepancy" },
    orderBy: { rank: "asc" },
  });
  const article = await db().article.findFirstOrThrow({ where: { story }, orderBy: { id: "asc" } });
  return [
    ["story list /", "/"],
    [`group list of ${story} (${largest._count._all} groups), page ${page}`, `/stories/${story}/groups?page=${page}`],
    [`group page /groups/${group.key}`, `/groups/${group.key}`],
    [`article page /articles/${article.id}`, `/articles/${article.id}`],
  ];
}

async function enqueueBatch(): Promise<number> {
  const { enqueueImport } = await import("../server/jobs/job-store");
  const docs = basilArticles();
  const k = 1000 + Math.floor(Math.random() * 1000);
  const batch = Array.from({ length: IMPORT_SIZE }, (_, i) => {
    const copy = k + Math.floor(i / docs.length);
    return basilDocument(otherEvent(docs[i % docs.length]!, copy), copy);
  });
  return enqueueImport(batch);
}

const table = (title: string, rows: Row[]) =>
  [
    `### ${title}`,
    "",
    "| route | requests | p50 ms | p95 ms | p99 ms | errors | statuses |",
    "|---|---|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.route} | ${r.requests} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.statuses} |`),
  ].join("\n");

if (!fs.existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npx next build` first");
process.env.DATABASE_URL = url;
const server = start("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"]);
try {
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(`${base}/sign-in`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const targets = await routes();
  const cookie = await benchSessionCookie(base);
  for (const [route, path] of targets) console.error(`${route}: ${await checkPage(base, path, cookie)} characters`);
  // The floor: the sign-in page, signed out, reads nothing from the store. What Next alone costs a request here.
  const quiet: Row[] = [await drive(FLOOR_ROUTE, "/sign-in", "")];
  for (const [route, path] of targets) quiet.push(await drive(route, path, cookie));
  const tables = [
    `## HTTP, ${CONNECTIONS} connections, ${seconds} s per route, ${url.replace(/\/\/[^@/]*@/, "//")}`,
    table("quiet", quiet),
  ];
  if (withImport) {
    const jobId = await enqueueBatch();
    const worker = start("npx", ["tsx", "cli/worker.ts"]);
    const busy: Row[] = [];
    try {
      for (const [route, path] of targets) busy.push(await drive(route, path, cookie));
    } finally {
      stop(worker, "SIGKILL");
    }
    const { importJobStatus } = await import("../server/jobs/job-store");
    const job = await importJobStatus(jobId);
    tables.push(
      table(`while a worker imports ${IMPORT_SIZE} articles (job ${jobId}: ${job.state} when the runs ended)`, busy),
    );
  }
  console.log(tables.join("\n\n"));
} finally {
  stop(server);
  const { disconnect } = await import("../server/db");
  const { stopJobQueue } = await import("../server/jobs/queue");
  await stopJobQueue();
  await disconnect();
}
