import { describe, expect, it } from "vitest";
import { compatible, interval } from "./facts";
import type { Quantity, Qualifier } from "../extract/types";

const q = (value: number, qualifier: Qualifier = "exact", unit = "km"): Quantity => ({
  start: 0,
  end: 1,
  text: String(value),
  value,
  unit,
  dimension: "length",
  qualifier,
});

describe("the range a stated quantity allows", () => {
  it.each([
    ["exact", [99.5, 100.5]],
    ["about", [85, 115]],
    ["up-to", [0, 100]],
    ["at-most", [0, 100]],
    ["less-than", [0, 100]],
    ["at-least", [100, Infinity]],
    ["more-than", [100, Infinity]],
  ] as [Qualifier, [number, number]][])("%s 100 → %j", (qualifier, [lo, hi]) => {
    const [a, b] = interval(q(100, qualifier));
    expect(a).toBeCloseTo(lo, 9);
    expect(b === Infinity ? b : Number(b.toFixed(9))).toBe(hi);
  });
});

describe("whether two quantities can both be true", () => {
  it.each([
    [q(3), q(3), true],
    [q(3), q(3.01), true], // within half a percent: rounding
    [q(3), q(3.1), false],
    [q(300, "about"), q(320), true],
    [q(300, "about"), q(345), true], // the edge of "about": 15%
    [q(300, "about"), q(348), false],
    [q(500, "up-to"), q(300), true],
    [q(500, "up-to"), q(600), false],
    [q(40, "more-than"), q(41), true],
    [q(40, "more-than"), q(39), false],
    [q(40, "at-least"), q(40), true],
    [q(40, "less-than"), q(40), true],
    [q(40, "up-to"), q(40, "at-least"), true],
    [q(40, "up-to"), q(41, "at-least"), false],
  ])("case %#", (a, b, ok) => {
    expect(compatible(a, b)).toBe(ok);
    expect(compatible(b, a)).toBe(ok);
  });
});
