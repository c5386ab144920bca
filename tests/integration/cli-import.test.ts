import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { STORY_DIR } from "../helpers/stories";

// The command-line import draws a progress bar over the articles on stderr, and keeps stdout for the summary line
// scripts read; an unreadable file is named on stderr and does not fail the rest.
const run = promisify(execFile);
const cli = (...args: string[]) =>
  run("npx", ["tsx", "cli/main.ts", ...args], { env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL } });
beforeEach(freshStore);
afterAll(removeStores);

describe("npm run cli -- import", () => {
  it("shows a bar that reaches every article, then prints the summary alone on stdout", async () => {
    const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL };
    const { stdout, stderr } = await run("npx", ["tsx", "cli/main.ts", "import", `${STORY_DIR}/calder`], { env });
    expect(stdout.trim().split("\n")).toEqual([
      expect.stringMatching(/^imported 2 new article\(s\), 0 already stored; \d+ claims in \d+ groups$/),
    ]);
    const lines = stderr.split(/[\r\n]+/).filter(Boolean);
    expect(lines.at(-1)).toMatch(/ 2\/2 articles \| analysing…$/);
  });

  it("imports into the story named by --story, id or title, and the log names the command line, not local mode", async () => {
    const made = await cli("stories", "create", "Harbour works", "--description", "the bridge contract");
    const id = made.stdout.trim();
    expect(id).toMatch(/^s\d+$/);
    const { stdout, stderr } = await cli("import", "--story", "Harbour works", `${STORY_DIR}/calder`);
    expect(stdout.trim()).toMatch(/^imported 2 new article\(s\), 0 already stored; \d+ claims in \d+ groups$/);
    expect(stderr).toContain(`into story ${id}`);
    const { db } = await import("@/server/db");
    const articles = await db().article.findMany({ select: { story: true, placed: true } });
    expect(articles).toEqual([
      { story: id, placed: true },
      { story: id, placed: true },
    ]);
    const log = await db().auditEntry.findMany({ orderBy: { id: "asc" }, select: { action: true, actorName: true } });
    expect(log).toEqual([
      { action: "story", actorName: "command line" },
      { action: "import", actorName: "command line" },
    ]);
    await expect(cli("import", "--story", "s99", `${STORY_DIR}/calder`)).rejects.toThrow(/s99/);
  });
});
