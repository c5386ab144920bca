import { describe, expect, it } from "vitest";
import { compatible, dateClashes, type DatedFact } from "./facts";
import type { DateFacet, Quantity, Qualifier } from "../extract/types";
import { claim } from "../../tests/helpers/build";

const q = (value: number, qualifier: Qualifier = "exact"): Quantity => ({
  start: 0,
  end: 1,
  text: String(value),
  value,
  unit: "nurse",
  dimension: "count",
  qualifier,
});

describe("compatible: edges of the tolerance", () => {
  it.each([
    ["exact 200 / 202: half a percent each way", q(200), q(202), true],
    ["exact 200 / 202.1", q(200), q(202.1), false],
    ["about 100 / about 130: the ranges overlap", q(100, "about"), q(130, "about"), true],
    ["about 100 / 115: the edge of 'about'", q(100, "about"), q(115), true],
    ["about 100 / 116", q(100, "about"), q(116), false],
    ["up to 500 / at most 300: different bounds, overlapping ranges", q(500, "up-to"), q(300, "at-most"), true],
  ])("%s → %s", (_, a, b, ok) => {
    expect(compatible(a, b)).toBe(ok);
    expect(compatible(b, a)).toBe(ok);
  });
});

describe("compatible: the same bound on both sides is compared exactly", () => {
  it.each([
    ["at least 5 / at least 2", q(5, "at-least"), q(2, "at-least"), false],
    ["more than 40 / more than 41", q(40, "more-than"), q(41, "more-than"), false],
    ["up to 500 / up to 300", q(500, "up-to"), q(300, "up-to"), false],
    ["less than 10 / less than 10", q(10, "less-than"), q(10, "less-than"), true],
    ["at least 100 / at least 100.5: within half a percent", q(100, "at-least"), q(100.5, "at-least"), true],
    ["at least 100 / at least 100.6", q(100, "at-least"), q(100.6, "at-least"), false],
    ["at least 5 / more than 2: different bounds", q(5, "at-least"), q(2, "more-than"), true],
    ["about 100 / about 110: not a bound", q(100, "about"), q(110, "about"), true],
  ])("%s → %s", (_, a, b, ok) => {
    expect(compatible(a, b)).toBe(ok);
    expect(compatible(b, a)).toBe(ok);
  });
});

describe("dateClashes: grouped claims that each date one event, not the same day", () => {
  const day = (text: string, iso: string): DateFacet => ({
    start: 0,
    end: text.length,
    text,
    iso,
    precision: iso.length === 4 ? "year" : "day",
    relative: false,
  });
  const x = claim("c1", "a1");
  const y = claim("c2", "a2");
  const june3: DatedFact = { facet: day("June 3", "2024-06-03"), verbs: ["open"], noun: null };
  const june4: DatedFact = { facet: day("June 4", "2024-06-04"), verbs: ["open"], noun: null };
  const clashes = (fx: DatedFact[], fy: DatedFact[], linked: string[] = []) => {
    const dates = new Map([
      ["c1", fx],
      ["c2", fy],
    ]);
    return dateClashes([[x, y]], (id) => dates.get(id) ?? [], new Set(linked));
  };

  it("reports two days for one event, as a change of meaning", () => {
    expect(clashes([june3], [june4])).toEqual([
      {
        kind: "date",
        claimIds: ["c1", "c2"],
        severity: 2,
        summary: `"June 3" (2024-06-03) against "June 4" (2024-06-04)`,
        evidence: { a: { claimId: "c1", ...june3.facet }, b: { claimId: "c2", ...june4.facet } },
      },
    ]);
  });

  it("leaves a pair the fact aligner linked to the fact judge", () => {
    expect(clashes([june3], [june4], ["c1 c2"])).toEqual([]);
    expect(clashes([june3], [june4], ["c2 c3"])).toHaveLength(1);
  });

  it("compares only claims with one date each", () => {
    expect(clashes([june3, june4], [june4])).toEqual([]);
    expect(clashes([june3], [])).toEqual([]);
  });

  it("does not compare dates of two different verbs, but does when one verb is unknown", () => {
    expect(clashes([june3], [{ ...june4, verbs: ["close"] }])).toEqual([]);
    expect(clashes([june3], [{ ...june4, verbs: [] }])).toHaveLength(1);
  });

  it("compares dates of one noun whatever the verbs: 'opened the June 3 fair' and 'closed the June 4 fair'", () => {
    expect(clashes([{ ...june3, noun: "fair" }], [{ ...june4, verbs: ["close"], noun: "fair" }])).toHaveLength(1);
    expect(clashes([{ ...june3, noun: "fair" }], [{ ...june4, verbs: ["close"], noun: "show" }])).toEqual([]);
  });

  it("finds nothing for the same day, or for dates that cannot be compared", () => {
    expect(clashes([june3], [{ ...june4, facet: day("Monday", "2024-06-03") }])).toEqual([]);
    expect(clashes([june3], [{ ...june4, facet: day("2023", "2023") }])).toEqual([]);
  });
});
