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

describe("figuresDisagree: how many disagreements make two events", () => {
  /** One article stating a count per sentence; each count links to the same sentence's count on the other side. */
  const SENTENCES = [
    "The tremor damaged N villages near the port.",
    "The storm flooded N farms along the river.",
    "The fire burned N houses in the valley.",
    "The floods closed N schools across the district.",
    "The blast injured N workers at the plant.",
    "The crash killed N riders on the bus.",
  ];
  const counts = (id: string, values: string[]) =>
    claimsOf(values.map((v, i) => SENTENCES[i]!.replace("N", v)).join(" "), id);
  /** Sides differing on `differ` counts and agreeing on `same` more. */
  const sides = (differ: number, same: number) => [
    counts("a1", [...Array(differ).fill("two"), ...Array(same).fill("nine")]),
    counts("b1", [...Array(differ).fill("seven"), ...Array(same).fill("nine")]),
  ];

  it("says two events at four disagreements and none agreeing, not at three", () => {
    expect(figuresDisagree(sides(4, 0))).toBe(true);
    expect(figuresDisagree(sides(3, 0))).toBe(false);
  });

  it("says two events when four in five linked figures differ, not four in six", () => {
    expect(figuresDisagree(sides(4, 1))).toBe(true);
    expect(figuresDisagree(sides(4, 2))).toBe(false);
  });

  it("says nothing of a story with no second side", () => {
    expect(figuresDisagree([])).toBe(false);
    expect(figuresDisagree([counts("a1", ["two", "two", "two", "two"])])).toBe(false);
  });
});
