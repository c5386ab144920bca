import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";
import { finishedJob, stopJobs } from "../helpers/jobs";
import { postRequest, TEST_ORIGIN } from "../helpers/requests";

// Each row of issue 11's "what failed" table (but concurrency, which is the job queue's), as requests to the real
// route handlers over a fresh database.
const { POST: postImport } = await import("@/app/api/import/route");
const { POST: postReview } = await import("@/app/api/reviews/route");
const { importDocuments, importPaths } = await import("@/server/import");
const { recentFailures, listArticles } = await import("@/server/articles");
const { db } = await import("@/server/db");

const ORIGIN = TEST_ORIGIN;
const ARTICLE = "Officials said on Monday that 40 people were hurt when the bridge in Calder collapsed.\n";

const post = postRequest;

function form(fields: Record<string, string>, files: { name: string; bytes: Uint8Array | string }[] = []): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  for (const file of files) f.append("files", new File([file.bytes as BlobPart], file.name));
  return f;
}

const json = { accept: "application/json" };

beforeEach(freshStore);
afterEach(stopJobs);
afterAll(removeStores);

describe("cross-site writes are refused", () => {
  it("refuses a review posted from another origin, and one marked cross-site", async () => {
    await importDocuments(storyDocuments("calder"));
    const group = await db().claimGroup.findFirstOrThrow();
    const body = () => form({ groupKey: group.key, status: "confirmed", note: "" });
    const evil = await postReview(post("/api/reviews", body(), { origin: "http://evil.example" }));
    const marked = await postReview(post("/api/reviews", body(), { "sec-fetch-site": "cross-site" }));
    expect([evil.status, marked.status]).toEqual([403, 403]);
    expect(await db().review.count()).toBe(0);
    const same = await postReview(post("/api/reviews", body(), { origin: ORIGIN, "sec-fetch-site": "same-origin" }));
    expect(same.status).toBe(303);
    expect(await db().review.count()).toBe(1);
  });

  it("refuses a cross-site import with a 403 and stores nothing", async () => {
    const res = await postImport(post("/api/import", form({ text: ARTICLE }), { origin: "http://evil.example" }));
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe("cross_site");
    expect(await db().article.count()).toBe(0);
  });
});

describe("bodies are capped while they stream", () => {
  it("refuses a 200 MB chunked upload after reading about the cap, without a Content-Length to trust", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(97);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled++ >= 200) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const res = await postImport(
      post("/api/import", stream, { ...json, "content-type": "multipart/form-data; boundary=x" }),
    );
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/60 MiB/);
    expect(pulled).toBeLessThan(70);
  });
});

describe("a client that floods imports", () => {
  it("is refused with 429 and a wait once it passes its imports per minute, while other clients go on", async () => {
    const { RATE_LIMITS } = await import("@/server/rate-limit");
    const from = (ip: string) => ({ ...json, "x-forwarded-for": ip });
    const statuses: number[] = [];
    for (let i = 0; i <= RATE_LIMITS.import.max; i++)
      statuses.push((await postImport(post("/api/import", form({}), from("203.0.113.9")))).status);
    expect(statuses.slice(0, -1).every((s) => s === 400)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const other = await postImport(post("/api/import", form({}), from("203.0.113.10")));
    expect(other.status).toBe(400);
  });
});

describe("wrong content types and malformed JSON are the sender's error", () => {
  it("answers 400 with a reason for malformed JSON and for text/plain", async () => {
    const bad = await postReview(post("/api/reviews", "{not json", { "content-type": "application/json" }));
    const plain = await postReview(post("/api/reviews", "groupKey=1", { "content-type": "text/plain" }));
    expect([bad.status, plain.status]).toEqual([400, 400]);
    expect((await bad.json()).code).toBe("bad_json");
    expect((await plain.json()).code).toBe("wrong_type");
  });
});

describe("pasted metadata is checked", () => {
  it("refuses an impossible date and a javascript: URL by field", async () => {
    const date = await postImport(post("/api/import", form({ text: ARTICLE, publishedAt: "2024-13-45" }), json));
    const url = await postImport(post("/api/import", form({ text: ARTICLE, url: "javascript:alert(1)" }), json));
    expect([date.status, url.status]).toEqual([400, 400]);
    expect((await date.json()).code).toBe("bad_date");
    expect((await url.json()).code).toBe("bad_url");
    expect(await db().article.count()).toBe(0);
  });

  it("says so when known text is pasted again with other metadata", async () => {
    await finishedJob(await postImport(post("/api/import", form({ text: ARTICLE, outlet: "Calder Courier" }), json)));
    const again = await postImport(post("/api/import", form({ text: ARTICLE, outlet: "Other Wire" }), json));
    expect((await again.clone().json()).kept).toBe("metadata-kept");
    expect((await finishedJob(again)).result).toMatchObject({ added: 0, unchanged: 1 });
    const redirect = await postImport(post("/api/import", form({ text: ARTICLE, outlet: "Other Wire" })));
    expect(redirect.headers.get("location")).toMatch(/^\/import\/jobs\/\d+\?kept=1$/);
  });
});

describe("encodings and manifests", () => {
  it("imports a UTF-16 file with a byte-order mark and applies a manifest.json uploaded beside it", async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(ARTICLE, "utf16le")]);
    const manifest = JSON.stringify({
      articles: [{ file: "wide.txt", outlet: "Calder Courier", publishedAt: "2024-05-02" }],
    });
    const res = await postImport(
      post(
        "/api/import",
        form({}, [
          { name: "wide.txt", bytes: utf16 },
          { name: "manifest.json", bytes: manifest },
        ]),
        json,
      ),
    );
    expect(res.status).toBe(202);
    const { result } = await finishedJob(res);
    expect([result?.added, result?.failures]).toEqual([1, []]);
    const article = await db().article.findFirstOrThrow({ include: { outlet: true } });
    expect([article.raw, article.outlet?.name, article.publishedAt]).toEqual([ARTICLE, "Calder Courier", "2024-05-02"]);
  });
});

describe("nothing internal is shown", () => {
  it("lists a failed file by the name it was given, not the server's path", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-leak-"));
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    await importPaths([path.join(dir, "empty.txt")]);
    fs.rmSync(dir, { recursive: true, force: true });
    const shown = await recentFailures();
    expect(shown.map((f) => f.file)).toEqual(["empty.txt"]);
    expect(JSON.stringify(shown)).not.toContain(os.tmpdir());
  });

  it("labels a group from an HTML article with its text, not its markup", async () => {
    const html = `<html><body><p>Read <a href="javascript:alert(1)">more</a> as officials said 40 people were hurt in Calder on Monday.</p></body></html>`;
    await importDocuments([{ file: "page.html", raw: html }]);
    const groups = await db().claimGroup.findMany();
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(g.label).not.toMatch(/[<>]|javascript/);
    expect(groups.map((g) => g.label)).toContain(
      "Read more as officials said 40 people were hurt in Calder on Monday.",
    );
    expect((await listArticles()).map((a) => a.file)).toEqual(["page.html"]);
  });
});
