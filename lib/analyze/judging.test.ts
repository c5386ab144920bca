import { describe, expect, it } from "vitest";
import { analyze, type Analysis } from "./index";
import type { Group } from "../judge/types";
import { storyDocuments, textDocument } from "../../tests/helpers/stories";
import { analyzeChecked, expectInvariants } from "../../tests/helpers/invariants";

// Each judging rule on one sentence pair written for it: two outlets, a day apart, one sentence each. Every test
// runs its own analysis (tens of milliseconds), so a test stands alone and mutation testing knows which test
// covers which code. The whole Calder story (tests/fixtures/stories/calder) holds the same pairs, for ranking,
// keys and deduplication.
function judgePair(northWire: string, southGazette: string): Group {
  const analysis = analyze([
    textDocument("a.txt", "North Wire", "2024-06-03", [northWire]),
    textDocument("b.txt", "South Gazette", "2024-06-04", [southGazette]),
  ]);
  expectInvariants(analysis);
  expect(analysis.claims.map((c) => c.text)).toEqual([northWire, southGazette]);
  // Without its counterpart, "no discrepancy" would hold for want of anything to compare.
  const group = analysis.groups.find((g) => g.claimIds.length === 2);
  expect(group, "the two sentences are grouped").toBeDefined();
  return group!;
}

/**
 * The group of North Wire's claim containing `phrase` in the whole Calder story; it must hold South Gazette's
 * `other`.
 */
function pairIn(analysis: Analysis, phrase: string, other: string): Group {
  const fileOf = (id: string) => {
    const claim = analysis.claims.find((c) => c.id === id)!;
    return analysis.articles
      .find((a) => a.id === claim.articleId)!
      .file.split("/")
      .pop();
  };
  const claim = analysis.claims.find((c) => fileOf(c.id) === "a.txt" && c.text.includes(phrase));
  if (!claim) throw new Error(`a.txt has no claim containing "${phrase}"`);
  const group = analysis.groups.find((g) => g.claimIds.includes(claim.id))!;
  const texts = group.claimIds.map((id) => `${fileOf(id)}: ${analysis.claims.find((c) => c.id === id)!.text}`);
  expect(texts).toHaveLength(2);
  expect(texts.some((t) => t.startsWith("b.txt: ") && t.includes(other))).toBe(true);
  return group;
}
const kinds = (g: Group) => g.discrepancies.map((d) => `${d.kind} ${d.severity}`);

describe("quantities: converted to one unit, compared only within it, bounds allowed for", () => {
  it("reads 3,000 metres and 3 km as the same length", () => {
    const g = judgePair(
      "Engineers found cracks along a 3,000 metres stretch of the bridge deck, the authority said.",
      "Engineers found cracks along a 3 km stretch of the bridge deck, the authority said.",
    );
    expect([g.verdict, kinds(g)]).toEqual(["agree", []]);
  });

  it("reads 12 miles and 19.3 km as the same distance", () => {
    const g = judgePair(
      "The signed detour for lorries adds 12 miles to the journey, the authority said.",
      "The signed detour for lorries adds 19.3 km to the journey, the authority said.",
    );
    expect([g.verdict, kinds(g)]).toEqual(["agree", []]);
  });

  it("does not set 14 weeks against 98 days: different units are not compared as numbers", () => {
    const g = judgePair(
      "The repairs will take 14 weeks to complete, the port director said.",
      "The repairs will take 98 days to complete, the port director said.",
    );
    expect([g.verdict, kinds(g)]).toEqual(["agree", []]);
  });

  it("lets 'about 300' cover 320", () => {
    const g = judgePair(
      "About 300 workers will be on site at the peak of the works, the contractor said.",
      "The contractor said 320 workers will be on site at the peak of the works.",
    );
    expect([g.verdict, kinds(g)]).toEqual(["agree", []]);
  });

  it("pairs each figure with the other's figure in the same unit, never across units", () => {
    // 8 percent and 5 km against 5 percent and 8 km: equal numbers in other units must neither match nor clash.
    const g = judgePair(
      "Freight traffic fell 8 percent after the 5 km approach road closed, the authority said.",
      "Freight traffic fell 5 percent after the 8 km approach road closed, the authority said.",
    );
    expect(g.verdict).toBe("discrepancy");
    expect(g.discrepancies.map((d) => d.summary)).toEqual([
      '8 % ("8 percent") against 5 % ("5 percent")',
      '5 km ("5 km") against 8 km ("8 km")',
    ]);
  });

  it("sets $4 million against $7 million, once, as a contradiction", () => {
    const g = judgePair(
      "The contract for the repairs is worth $4 million, the authority said.",
      "The contract for the repairs is worth $7 million, the authority said.",
    );
    expect(g.verdict).toBe("discrepancy");
    expect(kinds(g)).toEqual(["quantity 3"]);
    expect(g.discrepancies[0]!.summary).toBe('4,000,000 USD ("$4 million") against 7,000,000 USD ("$7 million")');
    expect(g.severity).toBe(3);
  });
});

describe("dates", () => {
  it("sets March 1987 against June 1987", () => {
    const g = judgePair(
      "The bridge first opened to traffic in March 1987, the port authority said.",
      "The bridge first opened to traffic in June 1987, the port authority said.",
    );
    expect([g.verdict, kinds(g)]).toEqual(["discrepancy", ["date 2"]]);
    expect(g.discrepancies[0]!.summary).toBe('"March 1987" (1987-03) against "June 1987" (1987-06)');
  });

  it("does not set a year against a month within it (1986 against May 1986)", () => {
    const g = judgePair(
      "The original bridge design was drawn up by Hale and Partners in 1986.",
      "The original bridge design was drawn up by Hale and Partners in May 1986.",
    );
    expect([g.verdict, kinds(g)]).toEqual(["agree", []]);
  });

  // A weekday is resolved against its own article's date (North Wire: Monday 3 June 2024, so Friday is 31 May),
  // then held against the other outlet's stated date.
  it("sets a weekday resolved against its article's date against a stated date, and agrees on the same day", () => {
    const differ = judgePair(
      "The harbour board approved the closure plan on Friday, officials said.",
      "The harbour board approved the closure plan on May 30, 2024, officials said.",
    );
    expect([differ.verdict, kinds(differ)]).toEqual(["discrepancy", ["date 2"]]);
    const same = judgePair(
      "The harbour board approved the closure plan on Friday, officials said.",
      "The harbour board approved the closure plan on May 31, 2024, officials said.",
    );
    expect([same.verdict, kinds(same)]).toEqual(["agree", []]);
  });

  it("does not set a date of the saying ('said Friday') against the date of the event", () => {
    const g = judgePair(
      "The harbour board approved the closure plan, officials said Friday.",
      "The harbour board approved the closure plan on May 30, 2024, officials said.",
    );
    expect([g.verdict, kinds(g)]).toEqual(["agree", []]);
  });
});

describe("modality and what counts towards the verdict", () => {
  it("sets 'was cut' against 'may be cut' (the hedge governs the shared verb)", () => {
    const g = judgePair(
      "The ferry service between Calder and Westport was cut, port officials said.",
      "The ferry service between Calder and Westport may be cut, port officials said.",
    );
    expect([g.verdict, kinds(g)]).toEqual(["discrepancy", ["modality 2"]]);
    expect(g.discrepancies[0]!.summary).toMatch(/"may cut" against a firm statement/);
  });

  it("shows a hedge on other words at severity 1 without making the group a discrepancy", () => {
    const g = judgePair(
      "The bridge toll rose to $3 last year, the port director said.",
      "The bridge toll rose to $3 last year and may be reviewed, the port director said.",
    );
    expect(kinds(g)).toEqual(["modality 1"]);
    expect([g.verdict, g.severity]).toEqual(["agree", 0]);
    expect(g.verdictReason).toBe("2 independent origins say the same thing");
  });
});

describe("quotes", () => {
  // A word only one side quotes is an omission whichever side is read first (this was once a severity-3 change).
  it("counts a word left out of a quote both outlets carry as an omission, severity 1", () => {
    const g = judgePair(
      '"We will reopen the bridge before the winter storms arrive," port director Maria Okonjo said.',
      '"We will reopen the bridge before the storms arrive," port director Maria Okonjo said.',
    );
    expect(kinds(g)).toEqual(["quote 1"]);
  });
});

describe("the whole Calder story", () => {
  const calder = () => {
    const docs = storyDocuments("calder");
    return { docs, analysis: analyze(docs) };
  };

  it("holds the invariants, and keeps every group's key when an unrelated article is added", () => {
    analyzeChecked(storyDocuments("calder"));
  });

  it("ranks the discrepancies first, weightiest first (severity times independent origins)", () => {
    const { analysis } = calder();
    const verdicts = analysis.groups.map((g) => g.verdict);
    const firstOther = verdicts.findIndex((v) => v !== "discrepancy");
    expect(firstOther).toBe(5);
    expect(verdicts.slice(firstOther)).not.toContain("discrepancy");
    const weights = analysis.groups.slice(0, firstOther).map((g) => g.severity * g.originCount);
    // 12: two figures against two; 6: one figure; 4 each: a month, a hedge, a weekday resolved against a stated day.
    expect(weights).toEqual([12, 6, 4, 4, 4]);
    expect(analysis.groups[0]).toBe(pairIn(analysis, "fell 8 percent", "fell 5 percent"));
    expect(analysis.groups.map((g) => g.rank)).toEqual(analysis.groups.map((_, i) => i + 1));
    expect(analysis.groups.map((g) => g.id)).toEqual(analysis.groups.map((_, i) => `g${i + 1}`));
  });

  it("never puts two claims of one article in a group, even when the article repeats a sentence", () => {
    const { analysis } = calder();
    const north = analysis.articles.find((a) => a.file.endsWith("a.txt"))!;
    const repeats = analysis.claims.filter(
      (c) => c.articleId === north.id && c.text.startsWith("The bridge carries 9,000 vehicles a day"),
    );
    expect(repeats).toHaveLength(2);
    const groups = repeats.map((c) => analysis.groups.find((g) => g.claimIds.includes(c.id))!);
    expect(groups[0]).not.toBe(groups[1]);
    // One of the two joins South Gazette's sentence; the other stays on its own.
    expect(groups.map((g) => g.claimIds.length).sort()).toEqual([1, 2]);
  });

  it("analyses identical documents once, whatever their file names", () => {
    const { docs, analysis } = calder();
    const copy = { ...docs[0]!, file: "copy-of-a.txt", manifest: { ...docs[0]!.manifest!, file: "copy-of-a.txt" } };
    const again = analyze([...docs, copy]);
    expectInvariants(again);
    expect(again.articles.map((a) => a.file.split("/").pop())).toEqual(["a.txt", "b.txt"]);
    expect(again.stats.duplicatesSkipped).toBe(1);
    expect(again.groups.map((g) => g.key)).toEqual(analysis.groups.map((g) => g.key));
  });

  it("keeps every group's key when the same articles arrive in another order", () => {
    const { docs, analysis } = calder();
    const reversed = analyze([...docs].reverse());
    expect(reversed.groups.map((g) => g.key).sort()).toEqual(analysis.groups.map((g) => g.key).sort());
  });

  it("counts the two outlets as two origins and explains the verdict", () => {
    const { analysis } = calder();
    const g = pairIn(analysis, "$4 million", "$7 million");
    expect(g.origins.map((o) => [o.label, o.via])).toEqual([
      ["North Wire", "the outlet's own reporting"],
      ["South Gazette", "the outlet's own reporting"],
    ]);
    expect(g.verdictReason).toBe("1 difference: quantity");
    expect(pairIn(analysis, "fell 8 percent", "fell 5 percent").verdictReason).toBe("2 differences: quantity");
    const single = analysis.groups.find((x) => x.claimIds.length === 1)!;
    expect([single.verdict, single.verdictReason]).toEqual(["single-source", "only one outlet makes this claim"]);
  });
});
