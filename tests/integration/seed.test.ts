import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";

// prisma/seed.ts as `npm start` runs it (db:setup), twice over one store.
const run = promisify(execFile);
const seed = () =>
  run("npx", ["tsx", "prisma/seed.ts"], { env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL } });

beforeAll(freshStore);
afterAll(removeStores);

describe("the seed", () => {
  it("imports the seeds as the first-run setup, and prints the first admin's password only the first time", async () => {
    const first = (await seed()).stdout.trim().split("\n");
    expect(first.at(-2)).toContain("shown only this once");
    expect(first.at(-1)).toMatch(/^\S{16,}$/);
    const again = (await seed()).stdout.trim().split("\n");
    expect(again).toEqual([expect.stringMatching(/^seed: 0 new, 5 already stored; \d+ claims in \d+ groups$/)]);
    const { db } = await import("@/server/db");
    const log = await db().auditEntry.findMany({ orderBy: { id: "asc" }, select: { action: true, actorName: true } });
    expect(log).toEqual([
      { action: "import", actorName: "first-run setup" },
      { action: "user", actorName: "first-run setup" },
      // The second run is recorded too: it found every seed stored already.
      { action: "import", actorName: "first-run setup" },
    ]);
  });
});
