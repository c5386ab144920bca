import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A fresh SQLite file with the committed migrations applied, the way `npm start` prepares one. */
export function freshDatabase(): { url: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-"));
  const url = `file:${path.join(dir, "test.db")}`;
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  return { url, dir };
}
