import { describe, expect, it } from "vitest";
import { sentenceClaim } from "../analyze/sentence-claim";
import { profile } from "./profile";
import { idf } from "./idf";
import { features } from "./features";
import { leftover, longestCommonRun, NO_LEFTOVER, unalignedMass } from "./leftover";

const of = (text: string, id: string) => profile(sentenceClaim(text, id));

describe("leftover features", () => {
  const same = of("The council approved the new budget on Tuesday.", "a");
  const longer = of("The council approved the new budget on Tuesday after a heated vernacular dispute.", "b");
  const figures = of("The council approved the new budget of 40 million on Tuesday.", "c");
  const changed = of("The council approved the new budget of 55 million on Tuesday.", "d");
  const weights = idf([same, longer, figures, changed]);

  it("leaves nothing over when one claim's words are all in the other, and much when it says more", () => {
    expect(unalignedMass(same, longer, weights)).toBe(0);
    expect(unalignedMass(longer, same, weights)).toBeGreaterThan(0.2);
    const f = leftover(same, longer, weights);
    expect(f.unalignedMassMin).toBe(0);
    expect(f.unalignedMassMax).toBeGreaterThan(0.2);
  });

  it("counts the numbers that differ", () => {
    expect(leftover(figures, figures, weights).numbersDiffering).toBe(0);
    expect(leftover(figures, changed, weights).numbersDiffering).toBeCloseTo(Math.log1p(2));
  });

  it("measures the longest run of words shared in order", () => {
    expect(longestCommonRun(["a", "b", "c", "d"], ["x", "b", "c", "d", "a"])).toBe(3);
    expect(longestCommonRun(["a", "b"], ["b", "a"])).toBe(1);
    expect(leftover(same, longer, weights).runMax).toBe(1);
  });

  it("is skipped for a model that does not weigh it", () => {
    const { features: f } = features(same, longer, weights, false);
    expect(f.unalignedMassMax).toBe(NO_LEFTOVER.unalignedMassMax);
    expect(features(same, longer, weights).features.unalignedMassMax).toBeGreaterThan(0.2);
  });
});
