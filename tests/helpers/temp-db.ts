import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** The committed migrations of one provider, hashed: a template database is reused only while they are unchanged. */
export function migrationsHash(provider: "sqlite" | "postgres"): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(full).update(fs.readFileSync(full));
    }
  };
  walk(`prisma/${provider}/migrations`);
  return hash.digest("hex").slice(0, 16);
}

export function migrate(url: string): void {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

/**
 * A fresh SQLite file with the committed migrations applied, the way `npm start` prepares one. `prisma migrate
 * deploy` runs once per set of migrations, into a template that later calls copy: it costs seconds, and mutation
 * testing creates a database for every mutant it runs against the integration tests.
 */
export function freshDatabase(): { url: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-"));
  const file = path.join(dir, "test.db");
  const template = path.join(os.tmpdir(), `crosscheck-template-${migrationsHash("sqlite")}.db`);
  if (!fs.existsSync(template)) {
    const building = `${template}.${process.pid}.tmp`;
    migrate(`file:${building}`);
    // Another worker may have finished first; either copy is the same migrated database.
    fs.renameSync(building, template);
  }
  fs.copyFileSync(template, file);
  return { url: `file:${file}`, dir };
}
