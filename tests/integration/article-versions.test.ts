import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";
import { stubNext } from "../helpers/next-stubs";
import type { SourceDocument } from "@/lib/ingest/types";

// A page imported again from the same canonical URL with other content is the next version of one article, not a
// second outlet telling the story: only the latest version is analysed, and the article page shows what changed.
stubNext();
const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const { listArticles } = await import("@/server/articles");
const { default: ArticlePage } = await import("@/app/articles/[id]/page");

const URL = "https://news.example/calder/contract";
const version = (file: string, figure: string): SourceDocument => {
  const lines = [
    "Calder harbour bridge contract signed",
    `The contract for the repairs is worth ${figure}, the port authority said.`,
    "The bridge will close for repairs in August, the port authority said.",
  ];
  return { file, raw: `${lines.join("\n\n")}\n`, manifest: { file, outlet: "East Courier", url: URL } };
};

beforeEach(async () => {
  await freshStore();
  await importDocuments(storyDocuments("calder"));
});
afterAll(removeStores);

const render = async (id: number) =>
  renderToStaticMarkup(
    await ArticlePage({ params: Promise.resolve({ id: String(id) }), searchParams: Promise.resolve({}) }),
  );

describe("a page imported again with other content", () => {
  it("becomes the next version: only it is analysed, and both pages say how they relate", async () => {
    await importDocuments([version("v1.html", "$5 million")]);
    const first = await db().article.findFirstOrThrow({ where: { url: URL } });
    const result = await importDocuments([version("v2.html", "$6 million")]);
    expect([result.added, result.unchanged]).toEqual([1, 0]);

    const second = await db().article.findFirstOrThrow({ where: { url: URL, id: { not: first.id } } });
    expect(second.previousId).toBe(first.id);
    expect(await db().claim.count({ where: { articleId: first.id } })).toBe(0);
    expect((await db().article.findUniqueOrThrow({ where: { id: first.id } })).story).toBeNull();
    expect(await db().claim.count({ where: { articleId: second.id } })).toBeGreaterThan(0);
    expect((await listArticles()).map((a) => a.id)).not.toContain(first.id);
    // The two versions are never compared as two outlets: no finding names a claim of the earlier one.
    const findings = await db().discrepancy.findMany();
    expect(findings.filter((d) => JSON.stringify(d.claimKeys).includes(first.hash.slice(0, 16)))).toEqual([]);

    const later = await render(second.id);
    expect(later).toMatch(/Changed since the <a href="\/articles\/\d+">earlier version<\/a>/);
    expect(later).toMatch(/<del class="diff">.*5.*<\/del><ins class="diff">.*6.*<\/ins>/);
    const earlier = await render(first.id);
    expect(earlier).toContain("A later version of this page");
    expect(earlier).toContain(`href="/articles/${second.id}"`);
  });

  it("is one article when the same content comes again from the same URL", async () => {
    await importDocuments([version("v1.html", "$5 million")]);
    const again = await importDocuments([version("v1-again.html", "$5 million")]);
    expect([again.added, again.unchanged]).toEqual([0, 1]);
    expect(await db().article.count({ where: { url: URL } })).toBe(1);
  });

  it("is one article when the page comes again with other markup but the same words", async () => {
    // Two fetches of one page: another nonce, ad slot and comment each time, the same headline and body.
    const fetched = (file: string, nonce: string): SourceDocument => ({
      file,
      raw:
        `<html><head><title>Calder harbour bridge contract signed</title>` +
        `<script nonce="${nonce}">var served = "${nonce}";</script></head><body>` +
        `<!-- edge ${nonce} --><h1>Calder harbour bridge contract signed</h1>` +
        `<p data-slot="${nonce}">The contract for the repairs is worth $5 million, the port authority said.</p>` +
        `<p>The bridge will close for repairs in August, the port authority said.</p></body></html>\n`,
      manifest: { file, outlet: "East Courier", url: URL },
    });
    const first = await importDocuments([fetched("p1.html", "a1")]);
    expect([first.added, first.unchanged]).toEqual([1, 0]);
    const again = await importDocuments([fetched("p2.html", "b2-other")]);
    expect([again.added, again.unchanged]).toEqual([0, 1]);
    expect(await db().article.count({ where: { url: URL } })).toBe(1);
  });

  it("compares a text article as it is: a stray '<' or a run of tags never hides a change or fails the import", async () => {
    const text = (file: string, body: string): SourceDocument => ({
      file,
      raw: `Calder harbour bridge contract signed\n\n${body}\n`,
      manifest: { file, outlet: "East Courier", url: URL },
    });
    const stray = (file: string, figure: string) =>
      text(file, `Margins were a<b last year. The contract is worth ${figure}, the port authority said.`);
    expect((await importDocuments([stray("s1.txt", "$5 million")])).added).toBe(1);
    expect((await importDocuments([stray("s2.txt", "$50 million")])).added).toBe(1);
    expect(await db().article.count({ where: { url: URL } })).toBe(2);
    const tags = (file: string, figure: string) =>
      text(file, `A code sample: ${"<i>".repeat(1001)} The contract is worth ${figure}.`);
    expect((await importDocuments([tags("t1.txt", "$7 million")])).added).toBe(1);
    const other: SourceDocument = {
      file: "other.txt",
      raw: "Another headline\n\nThe mayor said the road opens in May.\n",
    };
    const again = await importDocuments([tags("t2.txt", "$8 million"), other]);
    expect([again.added, again.failures]).toEqual([2, []]);
  });

  it("chains a third version to the second, and the first keeps pointing at the second", async () => {
    for (const [file, figure] of [
      ["v1.html", "$5 million"],
      ["v2.html", "$6 million"],
      ["v3.html", "$7 million"],
    ] as const)
      await importDocuments([version(file, figure)]);
    const rows = await db().article.findMany({ where: { url: URL }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.previousId)).toEqual([null, rows[0]!.id, rows[1]!.id]);
    expect(rows.map((r) => r.story === null)).toEqual([true, true, false]);
  });
});
