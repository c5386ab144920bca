import { describe, expect, it } from "vitest";
import type { Claim, DateFacet, Quantity } from "../extract/types";
import type { FactLink } from "../facts/index";
import { factClashes } from "./fact-clashes";
import { pairKey } from "./pairs";
import { claim } from "../../tests/helpers/build";

const nurses = (start: number, value: number, qualifier: Quantity["qualifier"] = "exact"): Quantity => ({
  start,
  end: start + 9,
  text: `${value} nurses`,
  value,
  unit: "nurse",
  dimension: "count",
  qualifier,
});
const day = (start: number, text: string, iso: string, precision: DateFacet["precision"] = "day"): DateFacet => ({
  start,
  end: start + text.length,
  text,
  iso,
  precision,
  relative: false,
});
/**
 * A link from `a` to `b` at the given facets, as the aligner makes it. The judge reads none of its scores, so the
 * cast leaves out whatever measures of strength the aligner adds.
 */
const link = (a: Claim, b: Claim, at: [DateFacet | Quantity, DateFacet | Quantity], fields: Partial<FactLink> = {}) => {
  const found = {
    a: a.id,
    b: b.id,
    kind: "quantity",
    slot: "count:nurse",
    what: "nurse",
    shared: ["clinic", "Dover"],
    score: 0.5,
    sameValue: false,
    sameVerb: false,
    at: { a: { start: at[0].start, end: at[0].end }, b: { start: at[1].start, end: at[1].end } },
    ...fields,
  } as FactLink;
  return new Map([[pairKey(a.id, b.id), [found]]]);
};

const x = claim("c1", "a1", { quantities: [nurses(10, 40)], dates: [day(30, "June 3", "2024-06-03")] });
const y = claim("c2", "a2", { quantities: [nurses(12, 45)], dates: [day(40, "June 4", "2024-06-04")] });

describe("factClashes: values of one linked fact that cannot both be true", () => {
  it("reports two counts of one fact as a contradiction, with why they are one fact", () => {
    const [qx, qy] = [x.facets.quantities[0]!, y.facets.quantities[0]!];
    expect(factClashes([[x, y]], link(x, y, [qx, qy]))).toEqual([
      {
        kind: "quantity",
        claimIds: ["c1", "c2"],
        severity: 3,
        summary: `40 nurse ("40 nurses") against 45 nurse ("45 nurses")`,
        evidence: {
          a: { claimId: "c1", ...qx },
          b: { claimId: "c2", ...qy },
          why: "same fact: the nurse, both about clinic, Dover",
          slot: "nurse",
          shared: ["clinic", "Dover"],
        },
      },
    ]);
  });

  it("finds nothing where the values can both be true, or the facet is not where the link says", () => {
    const about = claim("c2", "a2", { quantities: [nurses(12, 45, "about")] });
    expect(factClashes([[x, about]], link(x, about, [x.facets.quantities[0]!, about.facets.quantities[0]!]))).toEqual(
      [],
    );
    const elsewhere = { ...nurses(13, 45), end: 22 };
    expect(factClashes([[x, y]], link(x, y, [x.facets.quantities[0]!, elsewhere]))).toEqual([]);
    expect(factClashes([[x, y]], new Map())).toEqual([]);
  });

  it("reads each side's facet from the claim the link names, whichever way the pair is given", () => {
    const found = factClashes([[y, x]], link(x, y, [x.facets.quantities[0]!, y.facets.quantities[0]!]));
    expect(found.map((d) => [d.claimIds, d.summary])).toEqual([
      [["c1", "c2"], `40 nurse ("40 nurses") against 45 nurse ("45 nurses")`],
    ]);
  });

  it("reports two days for one dated fact, saying when they sit by the same verb", () => {
    const [dx, dy] = [x.facets.dates[0]!, y.facets.dates[0]!];
    const dated = (sameVerb: boolean) => link(x, y, [dx, dy], { kind: "date", slot: "date", what: "date", sameVerb });
    expect(factClashes([[x, y]], dated(true))).toEqual([
      {
        kind: "date",
        claimIds: ["c1", "c2"],
        severity: 2,
        summary: `"June 3" (2024-06-03) against "June 4" (2024-06-04)`,
        evidence: {
          a: { claimId: "c1", ...dx },
          b: { claimId: "c2", ...dy },
          why: "same fact: a date by the same verb, both about clinic, Dover",
          shared: ["clinic", "Dover"],
        },
      },
    ]);
    expect(factClashes([[x, y]], dated(false)).map((d) => d.evidence.why)).toEqual([
      "same fact: a date, both about clinic, Dover",
    ]);
  });

  it("finds nothing for the same day, or dates that cannot be compared", () => {
    const dx = x.facets.dates[0]!;
    const monday = claim("c2", "a2", { dates: [day(40, "Monday", "2024-06-03")] });
    const year = claim("c2", "a2", { dates: [day(40, "2023", "2023", "year")] });
    for (const other of [monday, year]) {
      const links = link(x, other, [dx, other.facets.dates[0]!], { kind: "date", sameVerb: true });
      expect(factClashes([[x, other]], links)).toEqual([]);
    }
  });

  it("across groups: says where the other claim is, and asks the same verb of a date", () => {
    const [qx, qy] = [x.facets.quantities[0]!, y.facets.quantities[0]!];
    const [found] = factClashes([[x, y]], link(x, y, [qx, qy]), true);
    expect([found?.evidence.why, found?.evidence.outside]).toEqual([
      "same fact: the nurse, both about clinic, Dover; the other claim sits in another group",
      "c2",
    ]);
    const [back] = factClashes([[y, x]], link(x, y, [qx, qy]), true);
    expect([back?.claimIds, back?.evidence.outside]).toEqual([["c1", "c2"], "c1"]);
    const [dx, dy] = [x.facets.dates[0]!, y.facets.dates[0]!];
    const dated = (sameVerb: boolean) => link(x, y, [dx, dy], { kind: "date", sameVerb });
    expect(factClashes([[x, y]], dated(false), true)).toEqual([]);
    expect(factClashes([[x, y]], dated(true), true)).toHaveLength(1);
    expect(factClashes([[x, y]], dated(false))).toHaveLength(1);
  });
});
