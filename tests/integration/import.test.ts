import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStore, removeStores, TEST_PROVIDER } from "../helpers/store";
import { analyze } from "@/lib/analyze/index";
import { loadPaths } from "@/lib/ingest/load";

await freshStore();
const { importDocuments, importPaths } = await import("@/server/import");
const { db } = await import("@/server/db");
const { addReview } = await import("@/server/reviews");

afterAll(removeStores);

// End to end on the seed articles; the mechanisms are tested on synthetic stories (import-service, reviews).
describe(`importing the seeds into a fresh ${TEST_PROVIDER} database`, () => {
  let first: Awaited<ReturnType<typeof importPaths>>;
  beforeAll(async () => {
    first = await importPaths(["seeds"]);
  });

  it("stores five articles with the manifest's outlets and dates", async () => {
    expect(first.added).toBe(5);
    const articles = await db().article.findMany({ include: { outlet: true }, orderBy: { file: "asc" } });
    expect(articles.map((a) => a.outlet?.name ?? null)).toEqual([
      "RIA Novosti",
      null,
      "Intellasia",
      "Atlas Research Center",
      "The Japan News (Yomiuri Shimbun)",
    ]);
    expect(articles[2]!.publishedAt).toBe("2022-03-12");
    for (const a of articles) expect(a.raw).toBe(fs.readFileSync(a.file, "utf8"));
  });

  it("stores claims whose text is exactly the raw slice, each in one group", async () => {
    const claims = await db().claim.findMany({ include: { article: true } });
    expect(claims.length).toBe(first.claims);
    for (const c of claims) {
      expect(c.text).toBe(c.article.raw.slice(c.start, c.end));
      expect(c.groupId).not.toBeNull();
    }
    expect(await db().claimGroup.count()).toBe(first.groups);
    // Stored as analyze() finds them.
    const direct = analyze(loadPaths(["seeds"]).documents);
    const discrepancies = direct.groups.filter((g) => g.verdict === "discrepancy").length;
    expect(discrepancies).toBeGreaterThan(0);
    expect(await db().claimGroup.count({ where: { verdict: "discrepancy" } })).toBe(discrepancies);
  });

  it("adds nothing when the same articles are imported again, and keeps reviews", async () => {
    const group = await db().claimGroup.findFirstOrThrow({ where: { verdict: "discrepancy" } });
    await addReview({ groupKey: group.key, status: "confirmed", note: "checked" });
    const again = await importPaths(["seeds"]);
    expect([again.added, again.unchanged]).toEqual([0, 5]);
    expect(await db().article.count()).toBe(5);
    expect(await db().claim.count()).toBe(first.claims);
    const reviews = await db().review.findMany({ where: { groupKey: group.key } });
    expect(reviews.map((r) => [r.status, r.note])).toEqual([["confirmed", "checked"]]);
  });

  it("imports the good files of a batch with bad ones and names each bad file", async () => {
    const batch = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-batch-"));
    fs.writeFileSync(
      path.join(batch, "good.txt"),
      "WASHINGTON (Reuters) - The city council approved a budget of 12 million dollars on Tuesday, officials said.\n",
    );
    fs.writeFileSync(path.join(batch, "empty.txt"), "");
    fs.writeFileSync(path.join(batch, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    fs.writeFileSync(path.join(batch, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
    fs.writeFileSync(path.join(batch, "manifest.json"), "{ not json");
    const result = await importPaths([batch]);
    expect(result.added).toBe(1);
    const reasons = Object.fromEntries(result.failures.map((f) => [path.basename(f.file), f.reason]));
    expect(reasons["empty.txt"]).toMatch(/empty/);
    expect(reasons["binary.txt"]).toMatch(/binary/);
    expect(reasons["latin1.txt"]).toMatch(/UTF-8/);
    expect(reasons["manifest.json"]).toMatch(/not valid JSON/);
    expect(await db().article.count()).toBe(6);
    expect(await db().importFailure.count()).toBe(4);
  });

  it("rejects a review with an unknown status, naming the field", async () => {
    const group = await db().claimGroup.findFirstOrThrow();
    await expect(addReview({ groupKey: group.key, status: "maybe" })).rejects.toThrow(/status/);
  });
});

describe("the web front door", async () => {
  const { webSubmission } = await import("@/server/web-import");
  /** What a job does with a submission, run here directly: the route's job path is tested in web-import-jobs. */
  const importFromWeb = async (fields: Record<string, unknown>, uploads: { name: string; bytes: Uint8Array }[]) => {
    const { documents, failures } = await webSubmission(fields, uploads);
    return importDocuments(documents, failures);
  };
  const bytes = (s: string) => new TextEncoder().encode(s);

  it("imports hostile HTML without its scripts, and pasted text with its metadata", async () => {
    const before = await db().article.count();
    const hostile = `<html><body><script>document.location='http://evil.example'</script><iframe src="x"></iframe><p onclick="steal()">Officials in Lyon said on Monday that 40 buses would be replaced by 2026.</p><!-- <p>Hidden 999 claim said.</p> --></body></html>`;
    const result = await importFromWeb(
      {
        text: "MADRID (Wire) - The transport minister said 40 buses would be replaced, officials said.",
        outlet: "Example Wire",
        publishedAt: "2024-05-02",
      },
      [
        { name: "hostile.html", bytes: bytes(hostile) },
        { name: "notes.pdf", bytes: bytes("%PDF-1.4") },
      ],
    );
    expect(result.added).toBe(2);
    expect(result.failures.map((f) => f.file)).toEqual(["notes.pdf"]);
    expect(await db().article.count()).toBe(before + 2);
    const claims = await db().claim.findMany({ where: { article: { file: "hostile.html" } } });
    expect(claims.map((c) => c.text)).toEqual([
      "Officials in Lyon said on Monday that 40 buses would be replaced by 2026.",
    ]);
    const pasted = await db().article.findFirstOrThrow({
      where: { file: { startsWith: "pasted-" } },
      include: { outlet: true },
    });
    expect([pasted.outlet?.name, pasted.publishedAt]).toEqual(["Example Wire", "2024-05-02"]);
  });

  it("refuses a malformed date and an empty submission, naming what is wrong, and stores nothing", async () => {
    const before = await db().article.count();
    await expect(importFromWeb({ text: "Some article text here.", publishedAt: "May 2nd" }, [])).rejects.toThrow(
      /YYYY-MM-DD/,
    );
    await expect(importFromWeb({}, [])).rejects.toThrow(/nothing to import/);
    expect(await db().article.count()).toBe(before);
  });
});

describe("an article with nothing readable", () => {
  it("is refused by name and the rest of the batch imports", async () => {
    const batch = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-unreadable-"));
    fs.writeFileSync(
      path.join(batch, "only-script.html"),
      "<html><body><script>alert(1)</script><nav>Home</nav></body></html>",
    );
    fs.writeFileSync(
      path.join(batch, "ok.txt"),
      "BERLIN (Wire) - The city opened 3 new libraries on Friday, the mayor's office said.\n",
    );
    const result = await importPaths([batch]);
    expect(result.added).toBe(1);
    expect(result.failures.map((f) => [path.basename(f.file), f.reason])).toEqual([
      ["only-script.html", "no readable text is left once markup and page furniture are removed"],
    ]);
  });
});
