import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate, migrationsHash } from "./temp-db";

/** Where the PostgreSQL tests make their databases: .ci/run makes sure this server and database exist. */
export const TEST_POSTGRES_URL =
  process.env.CROSSCHECK_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

/** Databases this suite makes are named with this prefix, so a leftover is recognisable. */
export const TEST_DATABASE_PREFIX = "crosscheck_t_";

function onDatabase(name: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function exists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

/** Migrated once per set of migrations, by whichever worker comes first; the others find it by name. */
async function template(): Promise<string> {
  const name = `crosscheck_tpl_${migrationsHash("postgres")}`;
  if (await exists(name)) return name;
  const building = `${name}_${process.pid}`;
  await admin(`DROP DATABASE IF EXISTS "${building}"`);
  await admin(`CREATE DATABASE "${building}"`);
  migrate(onDatabase(building));
  // Another worker may have renamed its copy first; both are the same migrated database.
  await admin(`ALTER DATABASE "${building}" RENAME TO "${name}"`).catch(() => admin(`DROP DATABASE "${building}"`));
  return name;
}

/**
 * A new, migrated PostgreSQL database, copied from a template (milliseconds, where migrating costs seconds), and a
 * way to drop it. Each test file and each worker gets its own, so parallel files never see each other's rows.
 */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const source = await template();
  const name = `${TEST_DATABASE_PREFIX}${process.pid}_${randomBytes(4).toString("hex")}`;
  // Two copies of one template at the same instant can collide ("being accessed by other users"): try again.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin(`CREATE DATABASE "${name}" TEMPLATE "${source}"`);
      break;
    } catch (e) {
      if (attempt >= 20) throw e;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  return { url: onDatabase(name), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
