import { beforeAll, describe, expect, it } from "vitest";
import { loadPaths } from "../ingest/load";
import { analyze, type Analysis } from "./index";
import { expectInvariants, expectKeysSurviveAnUnrelatedArticle } from "../../tests/helpers/invariants";

// A second story, written for these tests, mixed with the seeds: nothing in lib/ knows either.
let analysis: Analysis;
let loaded: ReturnType<typeof loadPaths>;
const fileOf = (claimId: string) =>
  analysis.articles.find((a) => a.id === analysis.claims.find((c) => c.id === claimId)!.articleId)!.file;

beforeAll(() => {
  loaded = loadPaths(["seeds", "tests/fixtures/stories/riverton"]);
  analysis = analyze(loaded.documents, loaded.failures);
});

describe("two stories in one analysis", () => {
  it("holds the invariants, and keeps every group's key when an unrelated article is added", () => {
    expectInvariants(analysis);
    expectKeysSurviveAnUnrelatedArticle(loaded.documents, analysis);
  });

  it("keeps them apart: two stories, and no group mixes them", () => {
    expect(analysis.stories).toHaveLength(2);
    for (const g of analysis.groups) {
      const stories = new Set(g.claimIds.map((id) => (fileOf(id).includes("riverton") ? "riverton" : "seeds")));
      expect(stories.size).toBe(1);
    }
  });

  it("flags 12 percent against 15 percent, once, across all three outlets' claims", () => {
    const g = analysis.groups.find((x) =>
      x.discrepancies.some((d) => d.kind === "quantity" && /12/.test(d.summary) && /15/.test(d.summary)),
    );
    expect(g).toBeDefined();
    expect(g!.discrepancies.filter((d) => d.kind === "quantity")).toHaveLength(1);
    expect(new Set(g!.claimIds.map(fileOf)).size).toBe(3);
  });

  it("agrees on the quote all three outlets carry, from three origins", () => {
    const g = analysis.groups.find(
      (x) =>
        x.claimIds.length === 3 &&
        x.claimIds.every((id) => analysis.claims.find((c) => c.id === id)!.text.includes("patching a system")),
    );
    expect(g?.verdict).toBe("agree");
    expect(g?.originCount).toBe(3);
  });

  it("reports the mayor's two spellings, and reads the HTML article without its furniture", () => {
    expect(
      analysis.entityVariants.some(
        (v) =>
          v.spellings
            .map((s) => s.text)
            .sort()
            .join() === "brandt,brant",
      ),
    ).toBe(true);
    const html = analysis.claims.filter((c) => fileOf(c.id).endsWith("c.html"));
    expect(html.map((c) => c.text.slice(0, 40))).toEqual([
      "The city council on Tuesday may raise wa",
      "&ldquo;We cannot keep patching a system ",
    ]);
    for (const c of html) expect(c.text).not.toMatch(/tracking|Great article|Home \|/);
  });

  it("strips a city-date-agency dateline", () => {
    const first = analysis.claims.find((c) => fileOf(c.id).endsWith("a.txt") && c.text.includes("voted on Tuesday"));
    expect(first?.text.startsWith("The Riverton city council")).toBe(true);
  });
});
