import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";

// The audit log records each review with who made it and the status before and after, in the review's transaction;
// a refused review records nothing.
const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const { addReview } = await import("@/server/reviews");
const { auditEntries } = await import("@/server/audit");
const { ForbiddenError } = await import("@/server/errors");

const EDITOR = { userId: "u-ed", name: "Ada", role: "editor" as const };
const VIEWER = { userId: "u-vi", name: "Vic", role: "viewer" as const };

/** A write that changes or removes stored audit entries, through Prisma or in SQL. */
const REWRITES = [
  /auditEntry\s*\.\s*(update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)\b/,
  /\b(UPDATE|DELETE\s+FROM|TRUNCATE(\s+TABLE)?)\s+"?AuditEntry\b/i,
];

/** Every source file the app, its services, the command line and the seed are built from. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(ts|tsx|mjs)$/.test(e.name) ? [full] : [];
  });
}

let groupKey = "";
let story = "";
beforeEach(async () => {
  await freshStore();
  await importDocuments(storyDocuments("calder"));
  const group = await db().claimGroup.findFirstOrThrow({ where: { verdict: "discrepancy" }, orderBy: { id: "asc" } });
  groupKey = group.key;
  story = group.story;
});
afterAll(removeStores);

describe("the audit log", () => {
  it("records each review with its actor, story, and the status and note before and after", async () => {
    await addReview({ groupKey, status: "disputed", note: "first look" }, EDITOR);
    await addReview({ groupKey, status: "confirmed", note: "checked" });
    const entries = (await auditEntries({ story })).filter((e) => e.action === "review");
    expect(entries.map((e) => [e.action, e.target, e.actorId, e.actorName, e.before, e.after])).toEqual([
      [
        "review",
        groupKey,
        null,
        "local editor",
        { status: "disputed", note: "first look" },
        { status: "confirmed", note: "checked" },
      ],
      ["review", groupKey, "u-ed", "Ada", null, { status: "disputed", note: "first look" }],
    ]);
    expect(await auditEntries({ targets: [groupKey] })).toHaveLength(2);
    expect(await auditEntries({ story: "s-none" })).toEqual([]);
  });

  it("refuses a viewer's review with 403 and records nothing", async () => {
    const refused = addReview({ groupKey, status: "confirmed" }, VIEWER);
    await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
    await expect(refused).rejects.toThrow("this needs the editor role; Vic is viewer");
    expect(await db().review.count()).toBe(0);
    expect(await db().auditEntry.count({ where: { action: "review" } })).toBe(0);
  });

  it("is append-only: no route, service, command or seed updates or deletes an entry", () => {
    // The patterns catch what they are for, so an empty result below means something.
    expect(REWRITES.some((r) => r.test("await tx.auditEntry.deleteMany({ where: {} })"))).toBe(true);
    expect(REWRITES.some((r) => r.test("db().auditEntry\n  .update({ where: { id } })"))).toBe(true);
    expect(REWRITES.some((r) => r.test('DELETE FROM "AuditEntry" WHERE id = 1'))).toBe(true);
    expect(REWRITES.some((r) => r.test("tx.auditEntry.create({ data })"))).toBe(false);
    const files = ["app", "server", "cli", "lib", "prisma"].flatMap(sources);
    expect(files).toContain(path.join("server", "audit.ts"));
    const found = files.filter((f) => REWRITES.some((r) => r.test(fs.readFileSync(f, "utf8"))));
    expect(found).toEqual([]);
  });
});
