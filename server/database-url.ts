// SQLite is the zero-configuration default: a file under data/ unless DATABASE_URL says otherwise.
export const DEFAULT_DATABASE_URL = "file:./data/crosscheck.db";

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  process.env.DATABASE_URL = url;
  return url;
}
