import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";
import { stubNext } from "../helpers/next-stubs";

// The overview and article pages rendered in the test process over a database holding the Calder story, so the
// server code only pages call (server/groups.ts, server/articles.ts) runs, and is measured, outside the browser.
stubNext();

const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const { addReview } = await import("@/server/reviews");
const { toHttp, NotFoundError } = await import("@/server/errors");
const { analyze } = await import("@/lib/analyze/index");
const { default: Overview } = await import("@/app/page");
const { default: ArticlePage } = await import("@/app/articles/[id]/page");

const calder = storyDocuments("calder");
beforeEach(async () => {
  await freshStore();
  await importDocuments(calder);
});
afterAll(removeStores);

/** The number in each `.count` box, by its label. */
function counts(html: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const m of html.matchAll(/<div class="count"><strong>(\d+)<\/strong>(?:<span class="verdict[^"]*">)?([^<]+)/g))
    found[m[2]!.trim()] ??= Number(m[1]);
  return found;
}

describe("the overview", () => {
  it("counts groups by verdict, articles, outlets and stories as the analysis does", async () => {
    const analysis = analyze(calder);
    const verdicts = (v: string) => analysis.groups.filter((g) => g.verdict === v).length;
    const html = renderToStaticMarkup(await Overview());
    expect(counts(html)).toEqual({
      discrepancy: verdicts("discrepancy"),
      agree: verdicts("agree"),
      "single-source": verdicts("single-source"),
      articles: 2,
      "named outlets": 2,
      story: 1,
    });
    expect(verdicts("discrepancy")).toBe(5);
  });

  it("marks a reviewed group with its latest status", async () => {
    const group = await db().claimGroup.findFirstOrThrow({ where: { rank: 1 } });
    await addReview({ groupKey: group.key, status: "confirmed", note: "checked" });
    const html = renderToStaticMarkup(await Overview());
    expect(html).toContain(`href="/groups/${group.key}"`);
    expect(html.match(/confirmed/g)?.length).toBe(1);
  });
});

describe("the article page", () => {
  it("marks the claims that carry a discrepancy, or only the one linked to, not every sentence", async () => {
    const row = await db().article.findFirstOrThrow({ where: { file: { endsWith: "b.txt" } } });
    const analysis = analyze(calder);
    const south = analysis.articles.find((a) => a.file.endsWith("b.txt"))!;
    const disputed = new Set(
      analysis.groups.flatMap((g) => g.discrepancies.filter((d) => d.severity >= 2).flatMap((d) => d.claimIds)),
    );
    const own = analysis.claims.filter((c) => c.articleId === south.id);
    const render = async (searchParams: Record<string, string>) =>
      renderToStaticMarkup(
        await ArticlePage({
          params: Promise.resolve({ id: String(row.id) }),
          searchParams: Promise.resolve(searchParams),
        }),
      );
    const html = await render({});
    const marked = [...html.matchAll(/<mark class="claim">/g)].length;
    expect(marked).toBe(own.filter((c) => disputed.has(c.id)).length);
    expect(marked).toBeGreaterThan(0);
    expect(marked).toBeLessThan(own.length);
    expect(html).toContain("South Gazette");
    expect(html).toContain('href="#claims"');

    const claim = await db().claim.findFirstOrThrow({ where: { articleId: row.id, text: { contains: "ferry" } } });
    const linked = await render({ claim: String(claim.id) });
    expect([...linked.matchAll(/<mark class="claim">/g)].length).toBe(1);
    expect(linked).toMatch(/<mark class="claim"><a href="#claim-\d+">The ferry service/);
  });

  it("highlights the span named in ?hl=", async () => {
    const row = await db().article.findFirstOrThrow({ where: { file: { endsWith: "a.txt" } } });
    const at = row.raw.indexOf("3,000 metres");
    const html = renderToStaticMarkup(
      await ArticlePage({
        params: Promise.resolve({ id: String(row.id) }),
        searchParams: Promise.resolve({ hl: `${at}-${at + "3,000 metres".length}` }),
      }),
    );
    expect(html).toMatch(
      new RegExp(`<mark class="hl" id="hl-${at}" tabindex="-1">(<[^>]+>)*3,000 metres(<[^>]+>)*</mark>`),
    );
  });

  it("names the authors and the date of the last update that the page or manifest states", async () => {
    const file = "ferry.txt";
    const lines = ["Ferry fares to rise", "Ferry fares will rise by 8 percent in April, the company said."];
    const manifest = {
      file,
      outlet: "Harbour Herald",
      authors: ["Ines Varga", "Tomas Bell"],
      modifiedAt: "2025-02-04",
    };
    await importDocuments([{ file, raw: `${lines.join("\n\n")}\n`, manifest }]);
    const row = await db().article.findFirstOrThrow({ where: { file } });
    const html = renderToStaticMarkup(
      await ArticlePage({ params: Promise.resolve({ id: String(row.id) }), searchParams: Promise.resolve({}) }),
    );
    expect(html).toContain("Updated: 2025-02-04 · By Ines Varga, Tomas Bell");
  });

  it("answers an unknown article with not-found", async () => {
    await expect(
      ArticlePage({ params: Promise.resolve({ id: "999999" }), searchParams: Promise.resolve({}) }),
    ).rejects.toThrow("NEXT_NOT_FOUND");
  });
});

describe("errors as HTTP", () => {
  it("keeps a typed error's message and hides anything else", () => {
    expect(toHttp(new NotFoundError("Group 7"))).toEqual({
      status: 404,
      body: { error: "Group 7 was not found", code: "not_found" },
      headers: {},
    });
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    // Not "nothing you sent was lost" (issue 11): whether anything was stored is not known here.
    expect(toHttp(new Error("secret detail"))).toEqual({
      status: 500,
      body: { error: expect.not.stringMatching(/secret|lost/), code: "internal" },
      headers: {},
    });
    quiet.mockRestore();
  });
});
