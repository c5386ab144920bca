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

function connect(url: string): Db {
  if (providerOf(url) === "postgres")
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

export function db(): Db {
  globalForPrisma.prisma ??= connect(databaseUrl());
  return globalForPrisma.prisma;
}

export async function disconnect(): Promise<void> {
  await globalForPrisma.prisma?.$disconnect();
  globalForPrisma.prisma = undefined;
}
