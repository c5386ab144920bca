import { beforeAll, describe, expect, it } from "vitest";
import { loadPaths } from "../ingest/load";
import { analyze, type Analysis } from "./index";
import { toJson } from "./json";
import { expectInvariants, expectKeysSurviveAnUnrelatedArticle } from "../../tests/helpers/invariants";

// End-to-end checks on the seed articles. Each rule's mechanism is tested on synthetic stories written for it
// (judging.test.ts, tests/fixtures/stories); these only check that the whole pipeline still reads real articles.
let analysis: Analysis;
let loaded: ReturnType<typeof loadPaths>;
beforeAll(() => {
  loaded = loadPaths(["seeds"]);
  analysis = analyze(loaded.documents, loaded.failures);
});

const groupWith = (phrase: string) => {
  const claim = analysis.claims.find((c) => c.text.includes(phrase));
  if (!claim) throw new Error(`no claim contains "${phrase}"`);
  return analysis.groups.find((g) => g.claimIds.includes(claim.id))!;
};
const outletsOf = (ids: string[]) =>
  ids.map((id) => analysis.articles.find((a) => a.id === analysis.claims.find((c) => c.id === id)!.articleId)!.file);

describe("analyze() on the seed story", () => {
  it("meets the JSON contract: exact offsets, every claim in exactly one group", () => {
    const json = toJson(analysis) as {
      articles: { id: string }[];
      claims: { id: string; articleId: string; start: number; end: number; text: string }[];
      groups: { claimIds: string[]; verdict: string }[];
    };
    expect(json.articles).toHaveLength(5);
    const raw = new Map(analysis.articles.map((a) => [a.id, a.raw]));
    for (const c of json.claims) expect(c.text).toBe(raw.get(c.articleId)!.slice(c.start, c.end));
    const seen = json.groups.flatMap((g) => g.claimIds);
    expect(seen.sort()).toEqual(json.claims.map((c) => c.id).sort());
    for (const g of json.groups) expect(["agree", "discrepancy", "single-source"]).toContain(g.verdict);
  });

  it("holds the invariants, and keeps every group's key when an unrelated article is added", () => {
    expectInvariants(analysis);
    expectKeysSurviveAnUnrelatedArticle(loaded.documents, analysis);
  });

  it("takes no page furniture for a claim", () => {
    for (const phrase of [
      "Print This Post",
      "POPULAR ARTICLE",
      "Umumi",
      "Leave Your Comment",
      "Scallop",
      "founded in Baku",
      "Originally, it was published",
    ]) {
      // The phrase must be in an article, or its absence from the claims proves nothing.
      expect(
        analysis.articles.some((a) => a.raw.includes(phrase)),
        phrase,
      ).toBe(true);
      expect(analysis.claims.some((c) => c.text.includes(phrase))).toBe(false);
    }
  });

  it("groups the labels for Russia and flags them as a characterisation discrepancy", () => {
    const g = groupWith("serious security concern");
    expect(g.verdict).toBe("discrepancy");
    expect(g.claimIds).toContain(groupWith("may designate Russia").claimIds[0]);
    expect(g.discrepancies.some((d) => d.kind === "characterisation")).toBe(true);
    expect(g.discrepancies.some((d) => d.kind === "timing" && /months apart/.test(d.summary))).toBe(true);
  });

  it("counts two outlets citing the same newspaper as one origin", () => {
    const g = groupWith("serious security concern");
    const asahi = g.origins.filter((o) => o.key.includes("asahi"));
    expect(asahi).toHaveLength(1);
    expect(asahi[0]!.claimIds.length).toBe(2);
  });

  it("puts the renderings of the 2013 strategy together and shows their wording differences", () => {
    const g = groupWith("promote cooperation in all areas");
    expect(g.claimIds).toContain(
      groupWith("at all forums").claimIds.find((id) =>
        analysis.claims.find((c) => c.id === id)!.text.includes("at all forums"),
      ),
    );
    expect(g.claimIds).toContain(groupWith("in all areas, including security and energy").claimIds[0]);
    expect(new Set(outletsOf(g.claimIds)).size).toBe(3);
    const quote = g.discrepancies.find((d) => d.kind === "quote");
    expect(quote?.summary).toMatch(/areas/);
    expect(quote?.summary).toMatch(/forums/);
  });

  it("leaves the missile range single-source", () => {
    const g = groupWith("500km");
    expect(g.verdict).toBe("single-source");
    expect(g.claimIds).toHaveLength(1);
  });

  it("flags the two spellings of the Prime Minister's name", () => {
    const variant = analysis.entityVariants.find((v) => v.spellings.length === 2);
    expect(variant?.spellings.map((s) => s.text).sort()).toEqual(["kishida", "kisida"]);
    const g = groupWith("Fumio Kisida");
    expect(g.discrepancies.some((d) => d.kind === "entity")).toBe(true);
  });

  it("is deterministic", () => {
    const again = analyze(loadPaths(["seeds"]).documents);
    expect(again.groups.map((g) => g.key)).toEqual(analysis.groups.map((g) => g.key));
  });
});
