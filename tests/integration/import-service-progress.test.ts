import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { textDocument } from "../helpers/stories";
import type { SourceDocument } from "@/lib/ingest/types";

// What the import service tells as it goes (each document's progress), what it writes to the audit log when it adds
// nothing, who may import, and two imports of one document at once.
const { importDocuments, importPaths } = await import("@/server/import");
const { db } = await import("@/server/db");
const { ForbiddenError } = await import("@/server/errors");

const FERRY = [
  "Westport ferry to run more often",
  "The Westport ferry will run twice a day from September, the operator said on Tuesday.",
];
const ferry = textDocument("ferry.txt", "Harbour Times", "2024-07-02", FERRY);

type Event = { source: string; state: string; reason?: string };
const recorder = () => {
  const events: Event[] = [];
  return { events, onProgress: (e: Event) => void events.push(e) };
};
const named = (events: Event[]) => events.map((e) => ({ ...e, source: path.basename(e.source) }));

let dir = "";
beforeEach(async () => {
  await freshStore();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-progress-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
afterAll(removeStores);

describe("progress", () => {
  it("tells each file read from disk queued, then refused by name or extracted and analysed; again, unchanged", async () => {
    fs.writeFileSync(`${dir}/ferry.txt`, ferry.raw);
    fs.writeFileSync(`${dir}/empty.txt`, "");
    const first = recorder();
    const result = await importPaths([dir], first);
    expect([result.added, result.unchanged, result.failures.length]).toEqual([1, 0, 1]);
    const refusal = { source: "empty.txt", state: "failed", reason: result.failures[0]!.reason };
    expect(named(first.events)).toEqual([
      { source: "ferry.txt", state: "queued" },
      refusal,
      { source: "ferry.txt", state: "extracted" },
      { source: "ferry.txt", state: "analysed" },
    ]);
    const second = recorder();
    const again = await importPaths([dir], second);
    expect([again.added, again.unchanged]).toEqual([0, 1]);
    expect(named(second.events)).toEqual([
      { source: "ferry.txt", state: "queued" },
      refusal,
      { source: "ferry.txt", state: "unchanged" },
    ]);
  });

  it("imports files read from disk with no one listening", async () => {
    fs.writeFileSync(`${dir}/ferry.txt`, ferry.raw);
    expect((await importPaths([dir])).added).toBe(1);
  });

  it("tells a document refused while reading as failed, with the reason it records", async () => {
    const unreadable: SourceDocument = {
      file: "only-script.html",
      raw: "<html><body><script>x()</script></body></html>",
    };
    const { events, onProgress } = recorder();
    await importDocuments([unreadable], [], { onProgress });
    const reason = "no readable text is left once markup and page furniture are removed";
    expect(events).toEqual([{ source: "only-script.html", state: "failed", reason }]);
    expect(await db().importFailure.findMany({ select: { file: true, reason: true } })).toEqual([
      { file: "only-script.html", reason },
    ]);
  });
});

describe("timings", () => {
  it("reports the time spent extracting and storing, each within the time the whole import took", async () => {
    const start = performance.now();
    const result = await importDocuments([ferry]);
    const elapsed = performance.now() - start;
    const { import: storing, extract } = result.reanalysis!.timings;
    for (const ms of [storing, extract]) {
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThanOrEqual(elapsed);
    }
  });
});

describe("an import that adds nothing", () => {
  it("still records who imported what, and what was left unchanged or refused", async () => {
    await importDocuments([ferry]);
    await importDocuments([ferry], [{ file: "given.pdf", reason: "not an article" }]);
    const entries = await db().auditEntry.findMany({ where: { action: "import" }, orderBy: { id: "asc" } });
    expect(entries.map((e) => [e.actorName, e.target, e.story, e.after])).toEqual([
      ["local editor", entries[0]!.target, entries[0]!.story, expect.objectContaining({ unchanged: [] })],
      [
        "local editor",
        "import",
        null,
        {
          into: null,
          added: [],
          unchanged: ["ferry.txt"],
          refused: [{ file: "given.pdf", reason: "not an article" }],
        },
      ],
    ]);
  });
});

describe("who imports", () => {
  it("refuses a viewer, naming the role it needs, before anything is stored", async () => {
    const viewer = { userId: "u1", name: "Pat", role: "viewer" as const };
    const refused = importDocuments([ferry], [], { actor: viewer });
    await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
    await expect(refused).rejects.toThrow("this needs the editor role; Pat is viewer");
    expect(await db().article.count()).toBe(0);
  });
});

describe("two imports of one document at once", () => {
  it("store it once: whichever import comes second counts it unchanged", async () => {
    const a = recorder();
    const b = recorder();
    const results = await Promise.all([
      importDocuments([ferry], [], a),
      importDocuments([{ ...ferry, file: "ferry-copy.txt" }], [], b),
    ]);
    // The import lock decides which goes first; on PostgreSQL that can be either.
    const first = results[0]!.added === 1 ? 0 : 1;
    const counts = results.map((r) => [r.added, r.unchanged]);
    expect(first === 0 ? counts : [...counts].reverse()).toEqual([
      [1, 0],
      [0, 1],
    ]);
    const states = [a.events.at(-1)!.state, b.events.at(-1)!.state];
    expect(first === 0 ? states : [...states].reverse()).toEqual(["analysed", "unchanged"]);
    const stored = first === 0 ? "ferry.txt" : "ferry-copy.txt";
    expect(await db().article.findMany({ select: { file: true } })).toEqual([{ file: stored }]);
  });
});
