import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { STORY_DIR } from "../helpers/stories";

// The command-line import draws a progress bar over the articles on stderr, and keeps stdout for the summary line
// scripts read; an unreadable file is named on stderr and does not fail the rest.
const run = promisify(execFile);
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
});
