import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresClient } from "../generated/postgres/client";
import { databaseUrl, providerOf } from "./database-url";

/**
 * Both generated clients come from one set of models, so their delegates have the same shape; the rest of server/
 * is written against the SQLite client's types and runs on either.
 */
export type Db = PrismaClient;

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: Db };

/**
 * How long one SQLite write waits for another connection's write to finish before it fails as busy. better-sqlite3
 * waits synchronously, so this is also the longest one attempt holds up its thread's event loop: kept short, and
 * writers that may meet an import's long transaction try again in rounds, asleep in between (server/store-retry.ts),
 * so pages go on being served while a review or a queued import waits its turn.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 250;

function connect(url: string): Db {
  if (providerOf(url) === "postgres")
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS }) });
  // WAL lets pages read while an import writes (the default rollback journal locks readers out of a commit). The
  // mode is kept in the file; the adapter runs statements on its one connection in order, so this comes first.
  void client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch((e: unknown) => console.error("SQLite WAL:", e));
  return client;
}

export function db(): Db {
  globalForPrisma.prisma ??= connect(databaseUrl());
  return globalForPrisma.prisma;
}

export async function disconnect(): Promise<void> {
  await globalForPrisma.prisma?.$disconnect();
  globalForPrisma.prisma = undefined;
}
