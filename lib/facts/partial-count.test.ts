import { describe, expect, it } from "vitest";
import { factsOf } from "./facts-of";
import { oneClaim } from "./test-claims";
import { quantityClashes } from "../judge/facts";

// A count of part of a set ("two other documents") is no figure for the whole set another outlet may give.
describe("partial counts", () => {
  it("gives a count of 'other', 'more' or 'additional' things a slot of its own part", () => {
    const slots = (text: string) =>
      factsOf(oneClaim(text))
        .filter((f) => f.kind === "quantity")
        .map((f) => f.slot);
    expect(slots("The cabinet approved two other key documents in Redfield on Friday.")).toEqual(["count:docum+other"]);
    expect(slots("The ministry will send 300 more nurses to Redfield hospitals.")).toEqual(["count:nurse+more"]);
    expect(slots("The council hired 12 additional inspectors in Redfield last month.")).toEqual([
      "count:inspe+additional",
    ]);
  });

  it("keeps the whole count as a fact", () => {
    const facts = factsOf(oneClaim("The cabinet approved three key documents in Redfield on Friday."));
    expect(facts.filter((f) => f.kind === "quantity").map((f) => f.value)).toEqual(["exact 3 document"]);
  });

  it("does not set a partial count against a whole one in a group", () => {
    const whole = oneClaim("The cabinet approved three updated documents in Redfield on Friday.", "a1");
    const part = oneClaim("The cabinet approved two other key documents in Redfield on Friday.", "a2");
    expect(quantityClashes([[whole, part]])).toEqual([]);
    const other = oneClaim("The cabinet approved two updated documents in Redfield on Friday.", "a2");
    expect(quantityClashes([[whole, other]]).map((d) => d.severity)).toEqual([3]);
  });

  it("sets two counts of the same part against each other: 'thousands more boots' and 'hundreds more boots'", () => {
    const a = oneClaim("Perry will put thousands more federal boots on the border in Texas.", "a1");
    const b = oneClaim("Perry will put hundreds more federal boots on the border in Texas.", "a2");
    expect(quantityClashes([[a, b]]).map((d) => d.summary)).toEqual([
      '2,000 to 10,000 boot ("thousands more federal boots") against 200 to 1,000 boot ("hundreds more federal boots")',
    ]);
  });
});
