import fs from "node:fs";
import { freshDatabase } from "./temp-db";
import { freshPostgres } from "./temp-postgres";

const cleanups: (() => Promise<void>)[] = [];

/** Which provider this test run is on: the "integration-postgres" project sets it (vitest.config.ts). */
export const TEST_PROVIDER = process.env.CROSSCHECK_TEST_DB === "postgres" ? "postgres" : "sqlite";

/** A new, empty, migrated database of the provider under test, and a way to remove it. */
export async function freshDatabaseUrl(): Promise<string> {
  if (TEST_PROVIDER === "postgres") {
    const { url, drop } = await freshPostgres();
    cleanups.push(drop);
    return url;
  }
  const { url, dir } = freshDatabase();
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  return url;
}

/**
 * Point the server's Prisma client at a new, empty, migrated database. Each test that calls it starts from
 * nothing, so it passes alone or in any order (mutation testing runs single tests by name).
 */
export async function freshStore(): Promise<void> {
  const { disconnect } = await import("@/server/db");
  await disconnect();
  process.env.DATABASE_URL = await freshDatabaseUrl();
}

/** Disconnect and delete every database made by freshStore(); for afterAll. */
export async function removeStores(): Promise<void> {
  const { disconnect } = await import("@/server/db");
  await disconnect();
  for (const cleanup of cleanups.splice(0)) await cleanup();
}
