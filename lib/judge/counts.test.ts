import { describe, expect, it } from "vitest";
import { COUNTED_SEVERITY, countsTowardVerdict } from "./counts";

describe("countsTowardVerdict", () => {
  it.each([
    [0, false],
    [1, false],
    [2, true],
    [3, true],
  ])("severity %i → %s", (severity, counts) => {
    expect(countsTowardVerdict({ severity })).toBe(counts);
  });

  it("draws the line at severity 2", () => {
    expect(COUNTED_SEVERITY).toBe(2);
  });
});
