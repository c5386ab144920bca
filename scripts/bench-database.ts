// Databases the benches fill: a SQLite file under the system's temp folder, or a PostgreSQL database on the bench
// server (CROSSCHECK_BENCH_POSTGRES_URL, default the local test server). Each is made empty and migrated; the
// PostgreSQL ones stay afterwards, so bench:http can serve the 10,000-article one.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type BenchProvider = "sqlite" | "postgres";

export const BENCH_POSTGRES_URL =
  process.env.CROSSCHECK_BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export function benchDatabaseUrl(provider: BenchProvider, label: string): string {
  if (provider === "sqlite") return `file:${path.join(os.tmpdir(), `crosscheck-bench-${label}.db`)}`;
  const url = new URL(BENCH_POSTGRES_URL);
  url.pathname = `/crosscheck_bench_${label}`;
  return url.toString();
}

export async function benchDatabase(provider: BenchProvider, label: string): Promise<string> {
  const url = benchDatabaseUrl(provider, label);
  if (provider === "sqlite") {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${url.slice(5)}${suffix}`, { force: true });
  } else {
    const client = new pg.Client({ connectionString: BENCH_POSTGRES_URL });
    await client.connect();
    const name = new URL(url).pathname.slice(1);
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
  }
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  return url;
}
