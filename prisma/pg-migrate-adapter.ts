// What Prisma 6.19's JS schema engine (`engine: "js"`) needs on PostgreSQL through @prisma/adapter-pg 6.19:
//  1. pg_catalog columns of type `name` (OID 19) and `"char"` (OID 18) are unmapped there (prisma/orm#27403, fixed
//     only in adapter-pg 7), so `migrate deploy` fails with "Column type 'name' could not be deserialized": report
//     them as text (OID 25), which they are on the wire.
//  2. Its shadow-database handling drops the database while its own pool still holds a connection, so `migrate dev`
//     fails: create and drop the shadow database ourselves.
// Only the migration CLI uses this (prisma.config.ts); the app's client uses PrismaPg directly (server/db.ts).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const AS_TEXT = new Set([18, 19]);
const TEXT_OID = 25;

type Fields = { fields?: { dataTypeID: number }[] };

function nameAsText<T>(result: T): T {
  for (const r of (Array.isArray(result) ? result : [result]) as Fields[])
    for (const f of r?.fields ?? []) if (AS_TEXT.has(f.dataTypeID)) f.dataTypeID = TEXT_OID;
  return result;
}

type Callback = (error: Error | null, result: unknown) => void;
type Query = (...args: unknown[]) => unknown;

class NameAsTextClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as Query;
    const patched: Query = (...args) => {
      const last = args.at(-1);
      if (typeof last === "function") {
        const cb = last as Callback;
        return query(...args.slice(0, -1), (e: Error | null, r: unknown) => cb(e, e ? r : nameAsText(r)));
      }
      const out = query(...args);
      return out instanceof Promise ? out.then(nameAsText) : out;
    };
    Object.assign(this, { query: patched });
  }
}

function connectionConfig(url: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname || undefined,
    port: Number(u.port || 5432),
    database: decodeURIComponent(u.pathname.slice(1)),
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
  };
}

async function runAdmin(config: pg.PoolConfig, sql: string): Promise<void> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function migrateAdapter(url: string) {
  const config: pg.PoolConfig = { ...connectionConfig(url), Client: NameAsTextClient };
  return {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg",
    connect: () => new PrismaPg(config).connect(),
    async connectToShadowDb() {
      const database = `prisma_migrate_shadow_db_${randomUUID()}`;
      await runAdmin(config, `CREATE DATABASE "${database}"`);
      const shadow = await new PrismaPg({ ...config, database }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await runAdmin(config, `DROP DATABASE IF EXISTS "${database}"`);
      };
      return shadow;
    },
  };
}
