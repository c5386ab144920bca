// SQLite is the zero-configuration default: a file under data/ unless DATABASE_URL says otherwise.
export const DEFAULT_DATABASE_URL = "file:./data/crosscheck.db";

export type Provider = "sqlite" | "postgres";

const POSTGRES_SCHEME = /^postgres(ql)?:\/\//;

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  process.env.DATABASE_URL = url;
  // Each provider's schema reads its own variable, so `prisma generate` of the other never sees a foreign URL.
  if (providerOf(url) === "postgres") process.env.POSTGRES_URL = url;
  else process.env.SQLITE_URL = url;
  return url;
}

/** postgres:// or postgresql:// picks PostgreSQL; file: (or nothing) keeps SQLite; anything else is a mistake. */
export function providerOf(url: string): Provider {
  if (POSTGRES_SCHEME.test(url)) return "postgres";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(":")[0]}:"`,
  );
}
