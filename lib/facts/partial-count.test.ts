import { describe, expect, it } from "vitest";
import { factsOf } from "./facts-of";
import { oneClaim } from "./test-claims";
import { quantityClashes } from "../judge/facts";

// A count of part of a set ("two other documents") is no figure for the whole set another outlet may give.
describe("partial counts", () => {
  it("gives no fact for a count of 'other', 'more' or 'additional' things", () => {
    for (const text of [
      "The cabinet approved two other key documents in Redfield on Friday.",
      "The ministry will send 300 more nurses to Redfield hospitals.",
      "The council hired 12 additional inspectors in Redfield last month.",
    ])
      expect(
        factsOf(oneClaim(text)).filter((f) => f.kind === "quantity"),
        text,
      ).toEqual([]);
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
});
