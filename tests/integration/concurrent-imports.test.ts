import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { SourceDocument } from "@/lib/ingest/types";
import { freshStore, removeStores, TEST_PROVIDER } from "../helpers/store";
import { finishedJob, stopJobs } from "../helpers/jobs";
import { heavyArticle } from "../helpers/heavy-article";
import { STORY_DIR, storyDocuments } from "../helpers/stories";
import { UNRELATED } from "../helpers/invariants";
import { jsonImport } from "../helpers/requests";

// Issue 11: "two command-line imports at once: one dies with 'Operation has timed out'". Eight imports of different
// (partly overlapping) batches at once, from three kinds of writer: the import service in this process, the web
// route (its jobs run in the app's job thread) and command-line imports in their own processes.
const { POST: postImport } = await import("@/app/api/import/route");
const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const run = promisify(execFile);

type Batch = { name: string; documents: SourceDocument[]; via: "service" | "web" | "cli"; dir?: string };
const story = (name: string, via: Batch["via"]): Batch => ({
  name,
  documents: storyDocuments(name),
  via,
  dir: `${STORY_DIR}/${name}`,
});
const BATCHES: Batch[] = [
  story("calder", "service"),
  story("riverton", "web"),
  story("ashby", "cli"),
  { name: "unrelated", documents: [UNRELATED], via: "service" },
  story("calder", "web"),
  { name: "heavy", documents: [heavyArticle(20, 7)], via: "service" },
  story("riverton", "cli"),
  { name: "mixed", documents: [UNRELATED, heavyArticle(20, 8)], via: "web" },
];

async function importVia(batch: Batch): Promise<void> {
  if (batch.via === "service") {
    await importDocuments(batch.documents);
  } else if (batch.via === "cli") {
    const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL };
    await run("npx", ["tsx", "cli/main.ts", "import", batch.dir!], { env });
  } else {
    // With their manifest, so a batch carries the same metadata by whichever door it comes: an article stored first
    // keeps its metadata, and the serial run must not differ from this one by that alone.
    const form = new FormData();
    const name = (d: SourceDocument) => d.file.split("/").pop()!;
    for (const d of batch.documents) form.append("files", new File([d.raw], name(d)));
    const articles = batch.documents.flatMap((d) => (d.manifest ? [{ ...d.manifest, file: name(d) }] : []));
    form.append("files", new File([JSON.stringify({ articles })], "manifest.json"));
    const res = await postImport(jsonImport(form));
    expect(res.status).toBe(202);
    const job = await finishedJob(res);
    expect([job.state, job.result?.failures]).toEqual(["done", []]);
  }
}

/** What the store holds, in figures that do not depend on the order articles came in. */
async function storeFigures() {
  const articles = await db().article.findMany({ select: { hash: true, story: true } });
  const claims = await db().claim.findMany({ select: { key: true } });
  return {
    articles: articles.length,
    distinctHashes: new Set(articles.map((a) => a.hash)).size,
    stories: new Set(articles.map((a) => a.story)).size,
    claims: claims.length,
    distinctClaimKeys: new Set(claims.map((c) => c.key)).size,
    groups: await db().claimGroup.count(),
  };
}

afterEach(stopJobs);
afterAll(removeStores);

describe(`eight imports at once on ${TEST_PROVIDER}`, () => {
  it("all succeed, and the store ends as a serial run of the same batches leaves it, without duplicates", async () => {
    await freshStore();
    for (const batch of BATCHES) await importDocuments(batch.documents);
    const serial = await storeFigures();
    await stopJobs();

    await freshStore();
    const outcomes = await Promise.allSettled(BATCHES.map(importVia));
    const failed = outcomes.flatMap((o, i) => (o.status === "rejected" ? [`${BATCHES[i]!.name}: ${o.reason}`] : []));
    expect(failed).toEqual([]);
    const together = await storeFigures();
    console.log(`serial ${JSON.stringify(serial)}; concurrent ${JSON.stringify(together)}`);
    expect(together).toEqual(serial);
    expect(together.distinctHashes).toBe(together.articles);
    expect(together.distinctClaimKeys).toBe(together.claims);
  });
});
