import { describe, expect, it } from "vitest";
import { compatible, describeQuantity, interval } from "./facts";
import type { Qualifier, Quantity } from "../extract/types";

const q = (value: number, qualifier: Qualifier, text = String(value)): Quantity => ({
  start: 0,
  end: 1,
  text,
  value,
  unit: "lawsuit",
  dimension: "count",
  qualifier,
});

describe("'nearly' and round plurals", () => {
  it("reads 'nearly 60' as a little under 60, not anything under it", () => {
    expect(interval(q(60, "nearly"))).toEqual([51, 60]);
    expect(compatible(q(60, "nearly"), q(58, "exact"))).toBe(true);
    expect(compatible(q(60, "nearly"), q(6, "exact"))).toBe(false);
    expect(compatible(q(12, "nearly"), q(100, "nearly"))).toBe(false);
  });

  it("reads 'hundreds' as two hundred to a thousand", () => {
    expect(interval(q(100, "several"))).toEqual([200, 1000]);
    expect(compatible(q(100, "several"), q(1000, "several"))).toBe(false);
    expect(compatible(q(1000, "several"), q(3000, "exact"))).toBe(true);
    expect(compatible(q(100, "several"), q(5000, "exact"))).toBe(false);
    expect(compatible(q(100, "several"), q(100, "several"))).toBe(true);
  });

  it("describes a round plural by the range it stands for", () => {
    expect(describeQuantity(q(1000, "several", "thousands of lawsuits"))).toBe(
      '2,000 to 10,000 lawsuit ("thousands of lawsuits")',
    );
  });
});
