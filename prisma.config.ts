import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, providerOf } from "./server/database-url";
import { migrateAdapter } from "./prisma/pg-migrate-adapter";

// DATABASE_URL picks the provider, and with it the schema folder and migrations `prisma migrate deploy` applies.
// The schemas read env(...), so the URL must be set before the CLI parses them.
const url = databaseUrl();
const provider = providerOf(url);

export default defineConfig({
  schema: `prisma/${provider}`,
  migrations: { path: `prisma/${provider}/migrations` },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => (provider === "postgres" ? migrateAdapter(url) : new PrismaBetterSQLite3({ url })),
});
