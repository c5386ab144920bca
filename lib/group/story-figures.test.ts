import { describe, expect, it } from "vitest";
import { claimsOf } from "../facts/test-claims";
import { figuresDisagree } from "./story-figures";

/** One article about an earthquake: its magnitude, day, injured and damaged villages are the figures that can differ. */
function quake(id: string, magnitude: string, day: string, injured: string, villages: string) {
  return claimsOf(
    `A magnitude ${magnitude} earthquake struck the island on ${day}, injuring ${injured} people. ` +
      `The tremor damaged ${villages} villages near the port.`,
    id,
  );
}

describe("figuresDisagree: do two sides of a story report two events?", () => {
  it("says two events when every figure linked across the sides differs", () => {
    const first = [quake("a1", "5.6", "Sunday", "five", "two"), quake("a2", "5.6", "Sunday", "five", "two")];
    const second = [quake("b1", "5.9", "Thursday", "80", "seven"), quake("b2", "5.9", "Thursday", "80", "seven")];
    expect(figuresDisagree([first.flat(), second.flat()])).toBe(true);
  });

  it("says one event when the sides agree on most figures and differ on one", () => {
    const first = [quake("a1", "5.6", "Sunday", "five", "two"), quake("a2", "5.6", "Sunday", "five", "two")];
    const second = [quake("b1", "5.6", "Sunday", "five", "seven"), quake("b2", "5.6", "Sunday", "five", "seven")];
    expect(figuresDisagree([first.flat(), second.flat()])).toBe(false);
  });

  it("needs several disagreements, not one pair of articles differing once", () => {
    const first = claimsOf("The tremor damaged two villages near the port.", "a1");
    const second = claimsOf("The tremor damaged seven villages near the port.", "b1");
    expect(figuresDisagree([first, second])).toBe(false);
  });

  it("says nothing of sides whose articles share no figure", () => {
    const first = claimsOf("The company launched a laptop with a 17-inch screen.", "a1");
    const second = claimsOf("Rescuers searched the rubble of seven villages.", "b1");
    expect(figuresDisagree([first, second])).toBe(false);
  });
});
