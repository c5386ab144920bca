import { describe, expect, it } from "vitest";
import { bestSplit, splitStory } from "./story-split";

/** Similarity from a symmetric matrix; an article is fully similar to itself, as a cosine is. */
const fromMatrix = (m: number[][]) => (a: number, b: number) => m[a]![b]!;
/** Similarity from a side label per article: `within` inside a side, `across` between sides. */
const cliques = (labels: string, within: number, across: number) => (a: number, b: number) =>
  a === b ? 1 : labels[a] === labels[b] ? within : across;
const all = (n: number) => Array.from({ length: n }, (_, i) => i);
const yes = () => true;

describe("bestSplit: reassigning articles until nothing moves", () => {
  it("moves an article seeded to the wrong side once it is compared with each side as a whole", () => {
    // 0 and 3 are the least similar pair. Article 2 is nearer 3 (0.4) than 0 (0.3), so the first pass puts it with 3;
    // on average it is far nearer 0 and 1 (0.55) than 3, 4 and 5 (0.2), so the second pass brings it back.
    const sim = fromMatrix([
      [1, 0.8, 0.3, 0, 0.1, 0.1],
      [0.8, 1, 0.8, 0.1, 0.1, 0.1],
      [0.3, 0.8, 1, 0.4, 0.1, 0.1],
      [0, 0.1, 0.4, 1, 0.8, 0.8],
      [0.1, 0.1, 0.1, 0.8, 1, 0.8],
      [0.1, 0.1, 0.1, 0.8, 0.8, 1],
    ]);
    expect(bestSplit(all(6), sim)?.sides).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
  });

  it("puts an article as close to both sides with the first of the least similar pairs", () => {
    // Four pairs tie as least similar (0.1); the first, 0 and 1, seeds. Article 4 is 0.5 from everyone.
    const sim = fromMatrix([
      [1, 0.1, 0.1, 0.9, 0.5],
      [0.1, 1, 0.9, 0.1, 0.5],
      [0.1, 0.9, 1, 0.1, 0.5],
      [0.9, 0.1, 0.1, 1, 0.5],
      [0.5, 0.5, 0.5, 0.5, 1],
    ]);
    expect(bestSplit(all(5), sim)?.sides).toEqual([
      [0, 3, 4],
      [1, 2],
    ]);
  });

  it("follows articles that keep moving for several passes before the sides settle", () => {
    // No clear cliques: the sides change on each of the first passes, by one article or by a swap.
    const sim = fromMatrix([
      [1, 0.6, 0.3, 0.4, 0.4],
      [0.6, 1, 0.1, 0.2, 0.1],
      [0.3, 0.1, 1, 0.1, 0.3],
      [0.4, 0.2, 0.1, 1, 0.7],
      [0.4, 0.1, 0.3, 0.7, 1],
    ]);
    expect(bestSplit(all(5), sim)?.sides).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
  });

  it("finds no split where the passes swap both sides' articles and end on a lone article", () => {
    const sim = fromMatrix([
      [1, 0.9, 0.5, 0.2],
      [0.9, 1, 0.2, 0.3],
      [0.5, 0.2, 1, 0.1],
      [0.2, 0.3, 0.1, 1],
    ]);
    expect(bestSplit(all(4), sim)).toBeNull();
  });

  it("stops after ten passes when articles keep trading sides, with the sides of the tenth", () => {
    // From seeds 1 and 2, the passes alternate between {1, 3, 4} | {0, 2} and {0, 1, 2} | {3, 4} for ever.
    const sim = fromMatrix([
      [1, 0.3, 0.3, 0.9, 0.8],
      [0.3, 1, 0.1, 0.1, 0.3],
      [0.3, 0.1, 1, 0.7, 0.4],
      [0.9, 0.1, 0.7, 1, 0.1],
      [0.8, 0.3, 0.4, 0.1, 1],
    ]);
    expect(bestSplit(all(5), sim)?.sides).toEqual([
      [1, 3, 4],
      [0, 2],
    ]);
  });

  it("measures a split's cohesion by its looser side", () => {
    const sim = (a: number, b: number) => {
      if (a === b) return 1;
      if (a < 2 && b < 2) return 0.9;
      if (a >= 2 && b >= 2) return 0.6;
      return 0.2;
    };
    const split = bestSplit(all(5), sim);
    expect(split?.sides).toEqual([
      [0, 1],
      [2, 3, 4],
    ]);
    expect(split?.within).toBeCloseTo(0.6, 10);
    expect(split?.across).toBeCloseTo(0.2, 10);
  });
});

describe("splitStory: how far apart the two sides must be", () => {
  // Two sides of two articles, 0.5 alike within: a split is tried when the sides are under 0.45 alike across.
  it("splits two sides a little less alike across than 0.9 of their likeness within", () => {
    expect(splitStory(all(4), cliques("aabb", 0.5, 0.44), yes)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it("keeps the story whole when the sides are exactly 0.9 as alike across as within", () => {
    expect(splitStory(all(4), cliques("aabb", 0.5, 0.45), yes)).toEqual([all(4)]);
  });

  it("keeps the story whole when the sides are a little more alike across than that", () => {
    expect(splitStory(all(4), cliques("aabb", 0.5, 0.46), yes)).toEqual([all(4)]);
  });
});
