import { describe, expect, it } from "vitest";
import { factsOf } from "../facts/facts-of";
import { oneClaim } from "../facts/test-claims";
import { quantityClashes } from "./facts";
import { sameFact } from "./same-fact";

/** Two claims of two articles, grouped for some other reason, each stating an age. */
function ages(a: string, b: string) {
  const x = oneClaim(a, "a1");
  const y = oneClaim(b, "a2");
  const oneFact = sameFact([...factsOf(x), ...factsOf(y)]);
  return quantityClashes([[x, y]], new Set(), oneFact).map((d) => d.summary);
}

describe("quantity clashes between grouped claims: only figures that can be one fact", () => {
  it("does not set the age of one person against the age of another", () => {
    expect(
      ages("Senator Ann Bower, 31, criticised the two girls.", "The girls, Mia Lane, 16, were at dinner."),
    ).toEqual([]);
  });

  it("sets two ages of the same person against each other", () => {
    expect(
      ages("Senator Ann Bower, 31, criticised the girls.", "Senator Ann Bower, 35, apologised on Friday."),
    ).toEqual(['31 years old ("31") against 35 years old ("35")']);
  });
});
