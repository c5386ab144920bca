import type { Prisma } from "../generated/prisma/client";
import { databaseUrl, providerOf } from "./database-url";

/** Any fixed number: the key of the PostgreSQL advisory lock every import takes. */
const IMPORT_LOCK_KEY = 4_201_010;

/**
 * Imports run one at a time, whichever process runs them: story separation reads every stored article, so two
 * imports analysing at once would each miss the other's articles. On PostgreSQL a transaction-scoped advisory lock
 * does it, released at commit or rollback, also when a worker dies. SQLite lets one writer in at a time; a write
 * that changes nothing, first, takes that lock before the transaction reads anything (a read first would make a
 * later write fail at once in WAL mode when another import committed meanwhile), waiting up to the busy timeout.
 */
export async function serialiseImports(tx: Prisma.TransactionClient): Promise<void> {
  if (providerOf(databaseUrl()) === "postgres")
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`;
  else await tx.$executeRaw`UPDATE "ImportJob" SET "id" = "id" WHERE 0`;
}
