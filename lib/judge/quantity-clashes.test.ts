import { describe, expect, it } from "vitest";
import { describeQuantity, quantityClashes, timingNote } from "./facts";
import type { Claim, Dimension, Quantity, Qualifier } from "../extract/types";
import { article, claim } from "../../tests/helpers/build";

// Unlinked pairs of grouped claims: numbers in one unit that cannot both be true. Units arrive converted (the
// extractor turns metres, miles and tonnes into km and kg), so the judge compares canonical units only.
const q = (value: number, unit: string, qualifier: Qualifier = "exact", dimension: Dimension = "length"): Quantity => ({
  start: 0,
  end: 1,
  text: `${value} ${unit}`,
  value,
  unit,
  dimension,
  qualifier,
});
const stating = (id: string, ...quantities: Quantity[]): Claim => claim(id, `art-${id}`, { quantities });
const clash = (x: Claim, y: Claim, linked: string[] = []) => quantityClashes([[x, y]], new Set(linked));
/** Every pair of three claims, in the order the matcher would hand them over. */
const allPairs = (a: Claim, b: Claim, c: Claim): [Claim, Claim][] => [
  [a, b],
  [a, c],
  [b, c],
];

describe("quantityClashes", () => {
  it("reports two values of one unit as a contradiction, with both sides' evidence", () => {
    expect(clash(stating("c1", q(3, "km")), stating("c2", q(5, "km")))).toEqual([
      {
        kind: "quantity",
        claimIds: ["c1", "c2"],
        severity: 3,
        summary: '3 km ("3 km") against 5 km ("5 km")',
        evidence: {
          a: { claimId: "c1", text: "3 km", value: 3, unit: "km", qualifier: "exact" },
          b: { claimId: "c2", text: "5 km", value: 5, unit: "km", qualifier: "exact" },
        },
      },
    ]);
  });

  it("never compares across units: 3 km is not held against 5 kg", () => {
    expect(clash(stating("c1", q(3, "km")), stating("c2", q(5, "kg", "exact", "mass")))).toEqual([]);
  });

  it("pairs each value with the other side's value of the same unit, when both sides state two units", () => {
    const x = stating("c1", q(3, "km"), q(40, "kg", "exact", "mass"));
    const y = stating("c2", q(50, "kg", "exact", "mass"), q(5, "km"));
    expect(clash(x, y).map((d) => d.summary)).toEqual([
      '3 km ("3 km") against 5 km ("5 km")',
      '40 kg ("40 kg") against 50 kg ("50 kg")',
    ]);
  });

  it("does not let a value in another unit match: 3 kg does not make 3 km agree with 5 km", () => {
    const x = stating("c1", q(3, "km"));
    const y = stating("c2", q(3, "kg", "exact", "mass"), q(5, "km"));
    expect(clash(x, y).map((d) => d.summary)).toEqual(['3 km ("3 km") against 5 km ("5 km")']);
  });

  it("compares converted values: 3,000 metres (3 km) agrees with 3 km, and 12 miles (19.31 km) with 19.3 km", () => {
    expect(clash(stating("c1", q(3, "km")), stating("c2", q(3, "km")))).toEqual([]);
    expect(clash(stating("c1", q(19.312128, "km")), stating("c2", q(19.3, "km")))).toEqual([]);
    expect(clash(stating("c1", q(19.312128, "km")), stating("c2", q(12, "km")))).toHaveLength(1);
  });

  it("allows for stated bounds: 'up to 500' against 300 is no contradiction, against 600 it is", () => {
    expect(clash(stating("c1", q(500, "km", "up-to")), stating("c2", q(300, "km")))).toEqual([]);
    expect(clash(stating("c1", q(500, "km", "up-to")), stating("c2", q(600, "km")))).toHaveLength(1);
  });

  it("does not count a claim that adds a second figure: each side needs a value the other cannot match", () => {
    const both = stating("c1", q(3, "km"), q(5, "km"));
    expect(clash(both, stating("c2", q(5, "km")))).toEqual([]);
    expect(clash(stating("c2", q(5, "km")), both)).toEqual([]);
  });

  it("pairs each unmatched value with one of its own unit", () => {
    const x = stating("c1", q(3, "km"), q(40, "kg", "exact", "mass"));
    const y = stating("c2", q(50, "kg", "exact", "mass"), q(3, "km"));
    expect(clash(x, y).map((d) => d.summary)).toEqual(['40 kg ("40 kg") against 50 kg ("50 kg")']);
  });

  it("ignores figures that cannot be facts: bare numbers with no unit", () => {
    const bare = (value: number): Quantity => ({ ...q(value, ""), dimension: "number" });
    expect(clash(stating("c1", bare(3)), stating("c2", bare(5)))).toEqual([]);
  });

  it("leaves a pair the fact aligner linked to the fact judge", () => {
    expect(clash(stating("c1", q(3, "km")), stating("c2", q(5, "km")), ["c1 c2"])).toEqual([]);
  });

  it("makes one finding of one pair of values stated by several pairs of claims", () => {
    const [a, b, c] = [stating("c1", q(3, "km")), stating("c2", q(5, "km")), stating("c3", q(5, "km"))];
    const found = quantityClashes(allPairs(a, b, c), new Set());
    expect(found.map((d) => d.claimIds)).toEqual([["c1", "c2", "c3"]]);
  });

  it("makes one finding of one pair of values whichever claim of each pair states which", () => {
    const [a, b, c] = [stating("c1", q(3, "km")), stating("c2", q(5, "km")), stating("c3", q(3, "km"))];
    // [b, c] states the values the other way round from [a, b]: 5 against 3.
    const found = quantityClashes(allPairs(a, b, c), new Set());
    expect(found.map((d) => d.claimIds)).toEqual([["c1", "c2", "c3"]]);
  });

  it("keeps different pairs of values apart", () => {
    const [a, b, c] = [stating("c1", q(3, "km")), stating("c2", q(5, "km")), stating("c3", q(7, "km"))];
    const found = quantityClashes([
      [a, b],
      [a, c],
    ]);
    expect(found.map((d) => d.claimIds)).toEqual([
      ["c1", "c2"],
      ["c1", "c3"],
    ]);
  });
});

describe("describeQuantity", () => {
  it.each([
    [q(4000000, "USD", "exact", "currency"), '4,000,000 USD ("4000000 USD")'],
    [q(500, "km", "up-to"), 'up to 500 km ("500 km")'],
    [q(40, "km", "more-than"), 'more than 40 km ("40 km")'],
    [{ ...q(7, ""), text: "seven" }, '7 ("seven")'],
  ])("%j → %s", (quantity, text) => {
    expect(describeQuantity(quantity)).toBe(text);
  });
});

describe("timingNote: articles far apart in time", () => {
  const published = (...dates: (string | null)[]) => {
    const claims = dates.map((_, i) => claim(`c${i + 1}`, `a${i + 1}`));
    const articles = new Map(dates.map((d, i) => [`a${i + 1}`, article(`a${i + 1}`, { publishedAt: d })]));
    return timingNote(claims, articles);
  };

  it("says nothing under 30 days apart", () => {
    expect(published("2024-01-01", "2024-01-30")).toEqual([]);
  });

  it("notes 30 days apart, at severity 0, naming the earliest and the latest claim", () => {
    expect(published("2024-01-31", "2024-01-01", null)).toEqual([
      {
        kind: "timing",
        claimIds: ["c2", "c1"],
        severity: 0,
        summary: "published 30 days apart (2024-01-01 and 2024-01-31): the story may have moved on between them",
        evidence: { earliest: "2024-01-01", latest: "2024-01-31", days: 30 },
      },
    ]);
  });

  it("counts in days below 60 and in months from 60", () => {
    expect(published("2024-01-01", "2024-02-29")[0]!.summary).toContain("59 days apart");
    expect(published("2024-01-01", "2024-03-01")[0]!.summary).toContain("2 months apart");
    expect(published("2024-01-01", "2024-12-31")[0]!.summary).toContain("12 months apart");
  });

  it("needs two dated articles, and skips a claim whose article is unknown", () => {
    expect(published(null, null)).toEqual([]);
    expect(published("2024-01-01")).toEqual([]);
    const articles = new Map([["a1", article("a1", { publishedAt: "2024-01-01" })]]);
    expect(timingNote([claim("c1", "a1"), claim("c2", "a-missing")], articles)).toEqual([]);
  });
});
