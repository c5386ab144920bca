import { describe, expect, it } from "vitest";
import { ingest } from "../ingest/index";
import { extract } from "./index";
import type { Quantity } from "./types";

// Written forms that the number tagger splits or leaves bare: a multiplier glued to a sum, an age after a name.
const quantitiesOf = (sentence: string): Quantity[] => {
  const claims = extract(ingest({ file: "q.txt", raw: sentence }, "a1"));
  expect(claims, `one claim in: ${sentence}`).toHaveLength(1);
  for (const q of claims[0]!.facets.quantities) expect(q.text).toBe(sentence.slice(q.start, q.end));
  return claims[0]!.facets.quantities;
};
const brief = (q: Quantity) => [q.value, q.unit, q.dimension, q.qualifier, q.text];

describe("written forms of quantities", () => {
  it("reads a multiplier glued to a sum of money", () => {
    expect(quantitiesOf("The mayor wants $8B for the new Redfield tunnel.").map(brief)).toEqual([
      [8e9, "USD", "currency", "exact", "$8B"],
    ]);
  });

  it("leaves a glued letter after a measure alone: 500m is metres", () => {
    expect(quantitiesOf("The Redfield runway is 500m long, officials said.").map(brief)).toEqual([
      [0.5, "km", "length", "exact", "500m"],
    ]);
  });

  it("reads a number set off by commas after a name as an age", () => {
    expect(quantitiesOf("Dupont, 46, is married to the mayor of Redfield.").map(brief)).toEqual([
      [46, "years old", "count", "exact", "46"],
    ]);
  });

  it("does not read a number after a common word as an age", () => {
    expect(
      quantitiesOf("In the end, 46, the council said, was the final count in Redfield.").map((q) => q.unit),
    ).not.toContain("years old");
  });
});
