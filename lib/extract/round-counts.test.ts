import { describe, expect, it } from "vitest";
import { claimsOf } from "../facts/test-claims";

const counts = (text: string) =>
  claimsOf(text).flatMap((c) => c.facets.quantities.map((q) => [q.text, q.value, q.unit, q.qualifier]));

describe("round counts: figures stated without digits", () => {
  it("reads round plurals as 'several' of their round unit, with the noun they count", () => {
    expect(counts("Trump left thousands of lawsuits in New York, Bloomberg said.")).toEqual([
      ["thousands of lawsuits", 1000, "lawsuit", "several"],
    ]);
    expect(counts("Perry said he will put hundreds more federal agents on the border in Texas.")).toEqual([
      ["hundreds more federal agents", 100, "agent", "several"],
    ]);
  });

  it("scales one round plural by another: 'tens of thousands'", () => {
    expect(counts("Tens of thousands of people marched in Paris on Sunday.")).toEqual([
      ["Tens of thousands of people", 10000, "people", "several"],
    ]);
  });

  it("reads 'a dozen' as twelve, with the qualifier before it", () => {
    expect(counts("The Hunters paid for almost a dozen relatives in Italy, prosecutors said.")).toEqual([
      ["a dozen relatives", 12, "relative", "nearly"],
    ]);
  });

  it("needs a noun to count: 'dozens died' states no slot another outlet could fill", () => {
    expect(counts("Dozens died in the fire in Lyon, officials said.")).toEqual([]);
  });
});
