import { beforeAll, describe, expect, it } from "vitest";
import { analyze, type Analysis } from "./index";
import type { Group } from "../judge/types";
import type { SourceDocument } from "../ingest/types";
import { storyDocuments } from "../../tests/helpers/stories";
import { analyzeChecked, expectInvariants } from "../../tests/helpers/invariants";

// The Calder story (tests/fixtures/stories/calder) was written for these tests: two outlets, one sentence pair per
// judging rule, so each rule is checked on its mechanism rather than on whatever the seed articles happen to say.
let docs: SourceDocument[];
let analysis: Analysis;
beforeAll(() => {
  docs = storyDocuments("calder");
  analysis = analyzeChecked(docs);
});

const fileOf = (claimId: string) => {
  const claim = analysis.claims.find((c) => c.id === claimId)!;
  return analysis.articles
    .find((a) => a.id === claim.articleId)!
    .file.split("/")
    .pop();
};

/** The group holding North Wire's (a.txt) claim with `phrase`; it must also hold South Gazette's claim with `other`. */
function pair(phrase: string, other: string): Group {
  const claim = analysis.claims.find((c) => fileOf(c.id) === "a.txt" && c.text.includes(phrase));
  if (!claim) throw new Error(`a.txt has no claim containing "${phrase}"`);
  const group = analysis.groups.find((g) => g.claimIds.includes(claim.id))!;
  const texts = group.claimIds.map((id) => `${fileOf(id)}: ${analysis.claims.find((c) => c.id === id)!.text}`);
  // Without its counterpart, "no discrepancy" would hold for want of anything to compare.
  expect(texts, `"${phrase}" is grouped with b.txt's "${other}"`).toHaveLength(2);
  expect(texts.some((t) => t.startsWith("b.txt: ") && t.includes(other))).toBe(true);
  return group;
}
const kinds = (g: Group) => g.discrepancies.map((d) => `${d.kind} ${d.severity}`);

describe("quantities: converted to one unit, compared only within it, bounds allowed for", () => {
  it("reads 3,000 metres and 3 km as the same length", () => {
    const g = pair("3,000 metres", "3 km");
    expect([g.verdict, kinds(g)]).toEqual(["agree", []]);
    const values = g.claimIds.map((id) => analysis.claims.find((c) => c.id === id)!.facets.quantities[0]);
    for (const q of values) expect([q?.value, q?.unit, q?.dimension]).toEqual([3, "km", "length"]);
  });

  it("reads 12 miles and 19.3 km as the same distance", () => {
    const g = pair("12 miles", "19.3 km");
    expect([g.verdict, kinds(g)]).toEqual(["agree", []]);
  });

  it("does not set 14 weeks against 98 days: different units are not compared as numbers", () => {
    const g = pair("14 weeks", "98 days");
    expect([g.verdict, kinds(g)]).toEqual(["agree", []]);
  });

  it("lets 'about 300' cover 320", () => {
    const g = pair("About 300 workers", "320 workers");
    expect([g.verdict, kinds(g)]).toEqual(["agree", []]);
  });

  it("pairs each figure with the other's figure in the same unit, never across units", () => {
    // 8 percent and 5 km against 5 percent and 8 km: equal numbers in other units must neither match nor clash.
    const g = pair("fell 8 percent after the 5 km", "fell 5 percent after the 8 km");
    expect(g.verdict).toBe("discrepancy");
    expect(g.discrepancies.map((d) => d.summary)).toEqual([
      '8 % ("8 percent") against 5 % ("5 percent")',
      '5 km ("5 km") against 8 km ("8 km")',
    ]);
  });

  it("sets $4 million against $7 million, once, as a contradiction", () => {
    const g = pair("$4 million", "$7 million");
    expect(g.verdict).toBe("discrepancy");
    expect(kinds(g)).toEqual(["quantity 3"]);
    expect(g.discrepancies[0]!.summary).toBe('4,000,000 USD ("$4 million") against 7,000,000 USD ("$7 million")');
    expect(g.severity).toBe(3);
  });
});

describe("dates", () => {
  it("sets March 1987 against June 1987", () => {
    const g = pair("March 1987", "June 1987");
    expect([g.verdict, kinds(g)]).toEqual(["discrepancy", ["date 2"]]);
    expect(g.discrepancies[0]!.summary).toBe('"March 1987" (1987-03) against "June 1987" (1987-06)');
  });

  it("does not set a year against a month within it (1986 against May 1986)", () => {
    const g = pair("in 1986", "May 1986");
    expect([g.verdict, kinds(g)]).toEqual(["agree", []]);
  });

  it("does not set a relative day ('on Friday') against a stated date: it dates the reporting", () => {
    const g = pair("on Friday", "May 30, 2024");
    expect([g.verdict, kinds(g)]).toEqual(["agree", []]);
  });
});

describe("modality and what counts towards the verdict", () => {
  it("sets 'was cut' against 'may be cut' (the hedge governs the shared verb)", () => {
    const g = pair("was cut", "may be cut");
    expect([g.verdict, kinds(g)]).toEqual(["discrepancy", ["modality 2"]]);
    expect(g.discrepancies[0]!.summary).toMatch(/"may cut" against a firm statement/);
  });

  it("shows a hedge on other words at severity 1 without making the group a discrepancy", () => {
    const g = pair("toll rose to $3 last year, the", "may be reviewed");
    expect(kinds(g)).toEqual(["modality 1"]);
    expect([g.verdict, g.severity]).toEqual(["agree", 0]);
    expect(g.verdictReason).toBe("2 independent origins say the same thing");
  });

  it("ranks the discrepancies first, weightiest first (severity times independent origins)", () => {
    const verdicts = analysis.groups.map((g) => g.verdict);
    const firstOther = verdicts.findIndex((v) => v !== "discrepancy");
    expect(firstOther).toBe(5);
    expect(verdicts.slice(firstOther)).not.toContain("discrepancy");
    const weights = analysis.groups.slice(0, firstOther).map((g) => g.severity * g.originCount);
    expect(weights).toEqual([12, 6, 6, 4, 4]);
    expect(analysis.groups[0]).toBe(pair("fell 8 percent", "fell 5 percent"));
    expect(analysis.groups.map((g) => g.rank)).toEqual(analysis.groups.map((_, i) => i + 1));
  });
});

describe("quotes", () => {
  // Known bug (reported, not fixed here): quoteClashes() documents a word only left out of a quote as an unmarked
  // omission (severity 1), but it also diffs the other way round, where the word counts as added, and keeps the
  // worse finding: "quoted differently: nothing → winter", severity 3. `it.fails` turns red once that is fixed.
  it.fails("(known bug) counts a word left out of a quote both outlets carry as an omission, severity 1", () => {
    const g = pair("before the winter storms arrive", "before the storms arrive");
    expect(kinds(g)).toEqual(["quote 1"]);
  });
});

describe("grouping", () => {
  it("never puts two claims of one article in a group, even when the article repeats a sentence", () => {
    const repeats = analysis.claims.filter(
      (c) => fileOf(c.id) === "a.txt" && c.text.startsWith("The bridge carries 9,000 vehicles a day"),
    );
    expect(repeats).toHaveLength(2);
    const groups = repeats.map((c) => analysis.groups.find((g) => g.claimIds.includes(c.id))!);
    expect(groups[0]).not.toBe(groups[1]);
    // One of the two joins South Gazette's sentence; the other stays on its own.
    expect(groups.map((g) => g.claimIds.length).sort()).toEqual([1, 2]);
  });

  it("analyses identical documents once, whatever their file names", () => {
    const copy = { ...docs[0]!, file: "copy-of-a.txt", manifest: { ...docs[0]!.manifest!, file: "copy-of-a.txt" } };
    const again = analyze([...docs, copy]);
    expectInvariants(again);
    expect(again.articles.map((a) => a.file.split("/").pop())).toEqual(["a.txt", "b.txt"]);
    expect(again.stats.duplicatesSkipped).toBe(1);
    expect(again.groups.map((g) => g.key)).toEqual(analysis.groups.map((g) => g.key));
  });

  it("keeps every group's key when the same articles arrive in another order", () => {
    const reversed = analyze([...docs].reverse());
    expect(reversed.groups.map((g) => g.key).sort()).toEqual(analysis.groups.map((g) => g.key).sort());
  });

  it("counts the two outlets as two origins", () => {
    const g = pair("$4 million", "$7 million");
    expect(g.origins.map((o) => [o.label, o.via])).toEqual([
      ["North Wire", "the outlet's own reporting"],
      ["South Gazette", "the outlet's own reporting"],
    ]);
  });
});
