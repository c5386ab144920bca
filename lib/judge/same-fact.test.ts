import { describe, expect, it } from "vitest";
import { factsOf } from "../facts/facts-of";
import { fact, oneClaim } from "../facts/test-claims";
import type { Quantity } from "../extract/types";
import { claim } from "../../tests/helpers/build";
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

describe("sameFact: the people named beside two figures", () => {
  const [x, y] = [claim("x", "a1"), claim("y", "a2")];
  const figure: Quantity = {
    start: 0,
    end: 2,
    text: "31",
    value: 31,
    unit: "years",
    dimension: "duration",
    qualifier: "exact",
  };
  /** Whether x's and y's figures can be one fact, given the people named beside each. */
  const one = (nearX: string[], nearY: string[]) =>
    sameFact([
      fact({ claimId: "x", articleId: "a1", local: nearX }),
      fact({ claimId: "y", articleId: "a2", local: nearY }),
    ])(x, figure, y, figure);

  it("keeps two figures apart only when both name people and share none", () => {
    expect(one(["e:ann bower"], ["e:mia lane"])).toBe(false);
    expect(one(["e:ann bower", "e:mia lane"], ["e:mia lane"])).toBe(true);
  });

  it("holds a figure with no person beside it one fact with any", () => {
    expect(one([], ["e:mia lane"])).toBe(true);
    expect(one(["e:ann bower"], [])).toBe(true);
  });
});
