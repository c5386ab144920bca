import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments, textDocument } from "../helpers/stories";
import { UNRELATED } from "../helpers/invariants";
import { expectStoredInvariants } from "../helpers/stored-invariants";
import type { SourceDocument } from "@/lib/ingest/types";

// The import service on the synthetic Calder story: what it stores, what it skips, and that a failure inside the
// transaction leaves the store as it was (a story's analysis is made to throw on request for that one test).
const failAnalysis = vi.hoisted(() => ({ next: false }));
vi.mock("@/lib/analyze/story", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/analyze/story")>();
  return {
    ...real,
    analyzeStory: (...args: Parameters<typeof real.analyzeStory>) => {
      if (failAnalysis.next) {
        failAnalysis.next = false;
        throw new Error("analysis failed on purpose");
      }
      return real.analyzeStory(...args);
    },
  };
});

const { importDocuments, importPaths } = await import("@/server/import");
const { db } = await import("@/server/db");
const { analyze } = await import("@/lib/analyze/index");

// Each test starts from its own database holding the story, so it passes alone or in any order.
const calder = storyDocuments("calder");
let first: Awaited<ReturnType<typeof importDocuments>>;
beforeEach(async () => {
  await freshStore();
  first = await importDocuments(calder, [{ file: "given.pdf", reason: "not an article" }]);
});
afterAll(removeStores);

describe("importing a story into an empty store", () => {
  it("reports what it added and what the analysis made of it, the same as analyze() alone", () => {
    const direct = analyze(calder);
    expect(first).toEqual({
      added: 2,
      unchanged: 0,
      failures: [{ file: "given.pdf", reason: "not an article" }],
      claims: direct.claims.length,
      groups: direct.groups.length,
      reanalysis: expect.objectContaining({ stories: 1, storiesAnalysed: 1, articlesExtracted: 0 }),
      story: null,
    });
  });

  it("stores each article with its outlet, date, title, body and import metadata", async () => {
    const rows = await db().article.findMany({ include: { outlet: true }, orderBy: { file: "asc" } });
    const calderRows = rows.filter((r) => r.file.includes("calder"));
    expect(calderRows.map((r) => [r.file, r.outlet?.name, r.publishedAt, r.title])).toEqual([
      ["tests/fixtures/stories/calder/a.txt", "North Wire", "2024-06-03", "Calder harbour bridge to close for repairs"],
      ["tests/fixtures/stories/calder/b.txt", "South Gazette", "2024-06-04", "Calder bridge closure announced"],
    ]);
    for (const [row, doc] of calderRows.map((r, i) => [r, calder[i]!] as const)) {
      expect(row.raw).toBe(doc.raw);
      const article = analyze([doc]).articles[0]!;
      expect([row.hash, row.bodyStart, row.bodyEnd]).toEqual([article.hash, article.body.start, article.body.end]);
      expect(row.meta).toEqual({
        manifest: doc.manifest,
        outletFrom: "manifest",
        publishedFrom: "manifest",
        cites: [],
        republishedFrom: null,
        parts: article.parts,
        format: "text",
      });
      expect(row.story).not.toBeNull();
    }
  });

  it("stores every claim at its exact offsets, each in one group, and each group's findings", async () => {
    const direct = analyze(calder);
    const claims = await db().claim.findMany({ include: { article: true } });
    for (const c of claims) {
      expect(c.text).toBe(c.article.raw.slice(c.start, c.end));
      expect(c.groupId).not.toBeNull();
    }
    const groups = await db().claimGroup.findMany({ include: { discrepancies: true, claims: true } });
    const stored = groups.map((g) => [g.key, g.verdict, g.rank, g.claims.length, g.discrepancies.length]);
    const expected = direct.groups.map((g) => [g.key, g.verdict, g.rank, g.claimIds.length, g.discrepancies.length]);
    expect(stored.sort()).toEqual(expected.sort());
    await expectStoredInvariants();
  });

  it("keeps the store's invariants as more stories and an unrelated article join", async () => {
    await importDocuments([...storyDocuments("riverton"), ...storyDocuments("ashby")]);
    await expectStoredInvariants();
    await importDocuments([UNRELATED]);
    await expectStoredInvariants();
  });

  it("records the failures it was given", async () => {
    expect(await db().importFailure.findMany({ select: { file: true, reason: true } })).toEqual([
      { file: "given.pdf", reason: "not an article" },
    ]);
  });
});

describe("importing again", () => {
  it("adds nothing for articles already stored, under any file name, and changes no row", async () => {
    const groupsBefore = await db().claimGroup.findMany({ orderBy: { id: "asc" } });
    const renamed = calder.map((d) => ({ ...d, file: `renamed-${d.file.split("/").pop()}` }));
    const result = await importDocuments([...calder, ...renamed]);
    expect(result).toEqual({
      added: 0,
      unchanged: 4,
      failures: [],
      claims: first.claims,
      groups: first.groups,
      story: null,
    });
    expect(await db().claimGroup.findMany({ orderBy: { id: "asc" } })).toEqual(groupsBefore);
  });

  it("takes a document given twice in one batch once, and counts the copy as unchanged", async () => {
    const doc = textDocument("twice.txt", "Lakeside Herald", "2024-07-01", [
      "Lakeside school to get new roof",
      "The Lakeside primary school will get a new roof costing $2 million, the school board said on Monday.",
    ]);
    const result = await importDocuments([doc, { ...doc, file: "twice-copy.txt" }]);
    expect([result.added, result.unchanged, result.failures]).toEqual([1, 1, []]);
    expect(await db().article.count({ where: { file: { startsWith: "twice" } } })).toBe(1);
  });

  it("imports the good documents of a batch, names the one with nothing readable, and records it", async () => {
    const unreadable: SourceDocument = {
      file: "only-script.html",
      raw: "<html><body><script>x()</script></body></html>",
    };
    const good = textDocument("ferry.txt", "Harbour Times", "2024-07-02", [
      "The Westport ferry will run twice a day from September, the operator said on Tuesday.",
    ]);
    const failuresBefore = await db().importFailure.count();
    const result = await importDocuments([unreadable, good]);
    expect([result.added, result.unchanged]).toEqual([1, 0]);
    expect(result.failures).toEqual([
      { file: "only-script.html", reason: "no readable text is left once markup and page furniture are removed" },
    ]);
    expect(await db().importFailure.count()).toBe(failuresBefore + 1);
  });

  it("leaves the store as it was when the analysis fails inside the transaction", async () => {
    const counts = async () =>
      Promise.all([db().article.count(), db().claim.count(), db().claimGroup.count(), db().outlet.count()]);
    const before = await counts();
    failAnalysis.next = true;
    await expect(importDocuments([UNRELATED])).rejects.toThrow(/analysis failed on purpose/);
    expect(await counts()).toEqual(before);
    // The same article imports once the analysis works again.
    expect((await importDocuments([UNRELATED])).added).toBe(1);
  });

  it("stores an article with no outlet anywhere, without one", async () => {
    const anonymous: SourceDocument = {
      file: "anonymous.txt",
      raw: "The Westport ferry will run twice a day from September, the operator said on Tuesday.\n",
    };
    expect((await importDocuments([anonymous])).added).toBe(1);
    const row = await db().article.findFirstOrThrow({ where: { file: "anonymous.txt" } });
    expect([row.outletId, row.publishedAt]).toEqual([null, null]);
  });

  it("reads paths, refusing bad files by name", async () => {
    const batch = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-batch-"));
    fs.writeFileSync(`${batch}/empty.txt`, "");
    const result = await importPaths([batch]);
    fs.rmSync(batch, { recursive: true, force: true });
    expect([result.added, result.failures.map((f) => f.file.split("/").pop())]).toEqual([0, ["empty.txt"]]);
  });
});
