import { describe, expect, it } from "vitest";
import { editDistance } from "./edit-distance";

describe("editDistance", () => {
  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("perry", "prery")).toBe(1);
    expect(editDistance("clinton", "clinotn")).toBe(1);
  });
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("weiner", "weier")).toBe(1);
    expect(editDistance("dupont", "dupond")).toBe(1);
    expect(editDistance("smith", "smyth")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
  it("is zero only for the same word", () => {
    expect(editDistance("same", "same")).toBe(0);
    expect(editDistance("ab", "ba")).toBe(1);
  });
});
