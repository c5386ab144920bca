import { describe, expect, it } from "vitest";
import { factsOf } from "./facts-of";
import { oneClaim } from "./test-claims";

/** Each quantity fact's value and the source of the sum, if any. */
const sources = (text: string) => factsOf(oneClaim(text)).map((f) => [f.value, f.source]);

describe("factsOf: what a sum of money is in, from or for", () => {
  it("takes the first word after the preposition and its determiner", () => {
    expect(sources("He moved $200 million from the Pentagon and another $600 million from a forfeiture fund.")).toEqual(
      [
        ["exact 200000000 USD", "penta"],
        ["exact 600000000 USD", "forfe"],
      ],
    );
    expect(sources("She was accused of spending $750,000 in campaign funds on personal items.")).toEqual([
      ["exact 750000 USD", "campa"],
    ]);
  });

  it("gives no source for a date or a number after the preposition, nor for a sum with no phrase after it", () => {
    expect(sources("The group raised $5 million in March and $3 million in 2019.").slice(0, 2)).toEqual([
      ["exact 5000000 USD", undefined],
      ["exact 3000000 USD", undefined],
    ]);
    expect(sources("The council paid $40,000 to them.")).toEqual([["exact 40000 USD", undefined]]);
  });

  it("gives no source for a count", () => {
    expect(sources("The council hired 40 nurses from the county.")).toEqual([["exact 40 nurse", undefined]]);
  });
});
