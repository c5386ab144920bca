import { describe, expect, it } from "vitest";
import { clipAtWord } from "./clip";

describe("clipAtWord", () => {
  it("keeps a short text as it is, with runs of spaces made one", () => {
    expect(clipAtWord("The bridge  will\nclose.", 40)).toBe("The bridge will close.");
  });

  it("cuts at the last whole word that fits and marks the cut", () => {
    expect(clipAtWord("promote cooperation in all areas of trade", 27)).toBe("promote cooperation in all…");
    expect(clipAtWord("promote cooperation in all areas", 26)).toBe("promote cooperation in…");
  });

  it("drops punctuation left dangling before the ellipsis", () => {
    expect(clipAtWord("The bridge, the port said, will close", 12)).toBe("The bridge…");
  });

  it("keeps a single over-long word whole rather than breaking it", () => {
    expect(clipAtWord("Donaudampfschifffahrtsgesellschaft sank", 10)).toBe("Donaudampfschifffahrtsgesellschaft…");
  });
});
