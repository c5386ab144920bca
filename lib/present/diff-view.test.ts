import { describe, expect, it } from "vitest";
import { wordDiff } from "../compare/index";
import { changeInContext, quietDiff, wordingSimilarity, WHOLE_DIFF_MIN_SIMILARITY } from "./diff-view";

describe("quietDiff", () => {
  it("leaves punctuation-only and spacing-only changes unmarked, keeping the other side's spelling", () => {
    const parts = quietDiff(wordDiff("The bridge, the port said, will close.", "The bridge the port said will close!"));
    expect(parts.filter((p) => p.kind !== "same")).toEqual([]);
    expect(parts.map((p) => p.text).join("")).toBe("The bridge the port said will close!");
  });

  it("still marks changed words, merged with their neighbours of the same kind", () => {
    const parts = quietDiff(wordDiff("worth $4 million.", "worth $7 million!"));
    expect(parts).toEqual([
      { kind: "same", text: "worth $" },
      { kind: "removed", text: "4" },
      { kind: "added", text: "7" },
      { kind: "same", text: " million!" },
    ]);
  });
});

describe("wordingSimilarity", () => {
  it("is 1 for the same words, 0 for none in common, and in between for a shared stretch", () => {
    expect(wordingSimilarity(wordDiff("a b c d", "a b c d"))).toBe(1);
    expect(wordingSimilarity(wordDiff("alpha beta", "gamma delta"))).toBe(0);
    // 3 of 4 words kept on each side: 6 of 8.
    expect(wordingSimilarity(wordDiff("the bridge will close", "the bridge may close"))).toBe(0.75);
  });

  it("puts two differently worded sentences below the threshold and a one-word change above it", () => {
    const reworded = wordDiff(
      "Engineers found cracks along the deck, the authority said.",
      "Cracks were discovered by inspectors on the bridge surface.",
    );
    expect(wordingSimilarity(reworded)).toBeLessThan(WHOLE_DIFF_MIN_SIMILARITY);
    const alike = wordDiff(
      "The contract is worth $4 million, the authority said.",
      "The contract is worth $7 million, the authority said.",
    );
    expect(wordingSimilarity(alike)).toBeGreaterThanOrEqual(WHOLE_DIFF_MIN_SIMILARITY);
  });
});

describe("changeInContext", () => {
  const diff = wordDiff(
    "We will reopen the bridge before the winter storms arrive at the coast",
    "We will reopen the bridge before the storms arrive at the coast",
  );

  it("gives each side's words around the change, with an ellipsis where words were left off", () => {
    expect(changeInContext(diff, "removed")).toBe("…bridge before the winter storms arrive at…");
  });

  it("gives the words around the gap for the side that left a word out", () => {
    expect(changeInContext(diff, "added")).toBe("…bridge before the storms arrive at…");
  });

  it("reads a substitution on both sides", () => {
    const swap = wordDiff("a grave threat to peace", "a serious threat to peace");
    expect([changeInContext(swap, "removed"), changeInContext(swap, "added")]).toEqual([
      "a grave threat to peace",
      "a serious threat to peace",
    ]);
  });

  it("is null when there is nothing to show", () => {
    expect(changeInContext(wordDiff("same words", "same words"), "added")).toBeNull();
  });
});
