import { describe, expect, it } from "vitest";
import { claimsOf } from "../facts/test-claims";
import { bestSplit, splitStory } from "./story-split";
import { stories } from "./stories";

/** Similarity from a side label per article: `within` inside a side, `across` between sides. */
function cliques(labels: string, within: number, across: number) {
  return (a: number, b: number) => (labels[a] === labels[b] ? within : across);
}
const all = (n: number) => Array.from({ length: n }, (_, i) => i);
const sorted = (clusters: number[][]) =>
  clusters.map((c) => [...c].sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);

describe("bestSplit", () => {
  it("finds two cliques whatever order their articles come in", () => {
    const split = bestSplit(all(7), cliques("abbabab", 0.8, 0.3));
    expect(sorted(split!.sides)).toEqual([
      [0, 3, 5],
      [1, 2, 4, 6],
    ]);
    expect(split!.within).toBeCloseTo(0.8);
    expect(split!.across).toBeCloseTo(0.3);
  });

  it("leaves a story of fewer than four articles alone", () => {
    expect(bestSplit(all(3), cliques("aab", 0.8, 0.1))).toBeNull();
  });

  it("does not split off a lone outlier as a second event", () => {
    expect(bestSplit(all(5), cliques("aaaab", 0.8, 0.1))).toBeNull();
  });
});

describe("splitStory", () => {
  const yes = () => true;
  it("splits two cliques when the figures confirm two events", () => {
    expect(sorted(splitStory(all(6), cliques("aabbab", 0.8, 0.3), yes))).toEqual([
      [0, 1, 4],
      [2, 3, 5],
    ]);
  });

  it("keeps two cliques together when the figures do not say two events", () => {
    expect(splitStory(all(6), cliques("aabbab", 0.8, 0.3), () => false)).toEqual([all(6)]);
  });

  it("does not split a story whose articles are all alike, whatever the figures say", () => {
    expect(splitStory(all(6), () => 0.5, yes)).toEqual([all(6)]);
  });

  it("asks the figures about the sides it found", () => {
    const asked: number[][][] = [];
    splitStory(all(4), cliques("abab", 0.9, 0.2), (sides) => {
      asked.push(sorted(sides));
      return false;
    });
    expect(asked).toEqual([
      [
        [0, 2],
        [1, 3],
      ],
    ]);
  });
});

describe("stories: two events of one kind", () => {
  /** Articles worded alike but for the place and the figures: by words alone they read as one story. */
  const quake = (id: string, place: string, magnitude: string, day: string, injured: string, villages: string) =>
    claimsOf(
      `A magnitude ${magnitude} earthquake struck ${place} island on ${day}, ` +
        `injuring ${injured} people, officials said. ` +
        `The tremor damaged ${villages} villages near the port of ${place}, and rescuers searched collapsed homes. ` +
        "Residents slept outdoors in tents after the quake, fearing aftershocks.",
      id,
    );
  const ids = ["a1", "a2", "b1", "b2"];
  const storiesOf = (claims: ReturnType<typeof quake>[]) => stories(ids, claims.flat()).map((s) => s.articleIds);
  // Two earthquakes told alike, every figure different between them.
  const first = [
    quake("a1", "Qeshm", "5.6", "Sunday", "five", "two"),
    quake("a2", "Qeshm", "5.6", "Sunday", "five", "two"),
  ];
  const second = [
    quake("b1", "Kish", "5.9", "Thursday", "80", "seven"),
    quake("b2", "Kish", "5.9", "Thursday", "80", "seven"),
  ];

  it("keeps two earthquakes apart when every figure differs between their articles", () => {
    expect(storiesOf([...first, ...second])).toEqual([
      ["a1", "a2"],
      ["b1", "b2"],
    ]);
  });

  it("numbers the stories by their first article after a split, an unrelated article between them", () => {
    const other = claimsOf("The orchestra rehearsed a new symphony in the concert hall all week.", "o1");
    const order = ["a1", "o1", "a2", "b1", "b2"];
    expect(stories(order, [...first, ...second].flat().concat(other)).map((s) => s.articleIds)).toEqual([
      ["a1", "a2"],
      ["o1"],
      ["b1", "b2"],
    ]);
  });

  it("keeps one earthquake whole when its articles agree on the figures but name the place differently", () => {
    const samePlaceOtherName = [
      quake("b1", "Kish", "5.6", "Sunday", "five", "two"),
      quake("b2", "Kish", "5.6", "Sunday", "five", "two"),
    ];
    expect(storiesOf([...first, ...samePlaceOtherName])).toEqual([ids]);
  });
});
