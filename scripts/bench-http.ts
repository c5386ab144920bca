// npm run bench:http: the production server on a bench database (default: bench:scale's 10,000-article PostgreSQL
// one; --db URL or --label 1500 for another), driven with autocannon at 50 connections: story list, group page,
// article page; then the same while a worker imports 500 articles. Run `npm run bench:scale` (and `next build`) first.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import autocannon from "autocannon";
import { basilArticles, basilDocument, otherEvent } from "./basil";
import { benchDatabaseUrl } from "./bench-database";

const CONNECTIONS = 50;
const IMPORT_SIZE = 500;

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

const url = flag("--db", benchDatabaseUrl("postgres", flag("--label", "10000")));
const port = Number(flag("--port", "3190"));
const seconds = Number(flag("--duration", "15"));
const base = `http://127.0.0.1:${port}`;

// The server's own job thread is left out: the busy figures are for an import run by a separate worker.
function start(command: string, args: string[]): ChildProcess {
  const env = { ...process.env, DATABASE_URL: url, CROSSCHECK_WORKERS: "separate" };
  return spawn(command, args, { env, stdio: "ignore", detached: true });
}

function stop(child: ChildProcess): void {
  if (child.pid) process.kill(-child.pid);
}

type Row = { route: string; requests: number; p50: number; p95: number; p99: number; errors: number };

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

async function drive(route: string, path: string): Promise<Row> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `${base}${path}`, connections: CONNECTIONS, duration: seconds },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const errors = result.errors + result.timeouts + result.non2xx;
  return {
    route,
    requests: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors,
  };
}

async function routes(): Promise<[string, string][]> {
  process.env.DATABASE_URL = url;
  const { db } = await import("../server/db");
  const group = await db().claimGroup.findFirstOrThrow({ where: { verdict: "discrepancy" }, orderBy: { id: "asc" } });
  const article = await db().article.findFirstOrThrow({ orderBy: { id: "asc" } });
  return [
    ["story list /", "/"],
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
    "| route | requests | p50 ms | p95 ms | p99 ms | errors |",
    "|---|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.route} | ${r.requests} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} |`),
  ].join("\n");

if (!fs.existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npx next build` first");
const server = start("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"]);
try {
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(base).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const targets = await routes();
  const quiet: Row[] = [];
  for (const [route, path] of targets) quiet.push(await drive(route, path));
  const jobId = await enqueueBatch();
  const worker = start("npx", ["tsx", "cli/worker.ts"]);
  const busy: Row[] = [];
  try {
    for (const [route, path] of targets) busy.push(await drive(route, path));
  } finally {
    stop(worker);
  }
  const { importJobStatus } = await import("../server/jobs/job-store");
  const job = await importJobStatus(jobId);
  console.log(
    [
      `## HTTP, ${CONNECTIONS} connections, ${seconds} s per route, ${url.replace(/\/\/[^@/]*@/, "//")}`,
      table("quiet", quiet),
      table(`while a worker imports ${IMPORT_SIZE} articles (job ${jobId}: ${job.state} when the runs ended)`, busy),
    ].join("\n\n"),
  );
} finally {
  stop(server);
  const { disconnect } = await import("../server/db");
  const { stopJobQueue } = await import("../server/jobs/queue");
  await stopJobQueue();
  await disconnect();
}
