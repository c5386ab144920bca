import { describe, expect, it } from "vitest";
import { agglomerate, type Edge } from "./agglomerate";

/** A similarity table over three items; pairs not listed score 0. */
const table =
  (scores: Record<string, number>) =>
  (a: number, b: number): number =>
    scores[a < b ? `${a} ${b}` : `${b} ${a}`] ?? 0;

const sorted = (clusters: number[][]) => clusters.map((c) => [...c].sort()).sort((x, y) => x[0]! - y[0]!);

describe("agglomerate: average-link merging, strongest edge first", () => {
  const chain: Edge[] = [
    { a: 0, b: 1, score: 0.9 },
    { a: 1, b: 2, score: 0.8 },
  ];

  it.each([
    // Joining 2 to {0, 1} needs the mean of 0–2 and 1–2 to reach 0.5.
    [0.1, [[0, 1], [2]]],
    [0.2, [[0, 1, 2]]],
    [0.3, [[0, 1, 2]]],
  ])("the far pair scoring %d gives %j (the mean at exactly the floor merges)", (far, expected) => {
    expect(sorted(agglomerate(3, chain, table({ "0 2": far }), 0.5))).toEqual(expected);
  });

  it("merges the strongest edge first, whatever order the edges come in", () => {
    const edges: Edge[] = [
      { a: 0, b: 1, score: 0.6 },
      { a: 1, b: 2, score: 0.9 },
    ];
    // 1–2 first; then 0 joins {1, 2} only if (0.6 + 0) / 2 reached 0.5: it does not.
    expect(sorted(agglomerate(3, edges, table({}), 0.5))).toEqual([[0], [1, 2]]);
  });

  it("reads an edge's own score instead of asking the similarity again, in either direction", () => {
    let calls = 0;
    const never = () => {
      calls++;
      return 0;
    };
    const edges: Edge[] = [
      { a: 1, b: 0, score: 0.9 },
      { a: 2, b: 0, score: 0.8 },
      { a: 2, b: 1, score: 0.7 },
    ];
    expect(sorted(agglomerate(3, edges, never, 0.5))).toEqual([[0, 1, 2]]);
    expect(calls).toBe(0);
  });

  it("asks the similarity of a cross pair once, however often it is needed", () => {
    const asked: string[] = [];
    const sim = (a: number, b: number) => {
      asked.push(`${a} ${b}`);
      return 0.1;
    };
    // 0–1 merge; 2, then 3, fail to join {0, 1}; 2–3 merge; {2, 3} fails to join {0, 1}, needing 0–2 again.
    const edges: Edge[] = [
      { a: 0, b: 1, score: 0.9 },
      { a: 1, b: 3, score: 0.4 },
      { a: 2, b: 3, score: 0.5 },
      { a: 1, b: 2, score: 0.6 },
      { a: 0, b: 3, score: 0.55 },
    ];
    const clusters = agglomerate(4, edges, sim, 0.5);
    expect(sorted(clusters)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(asked).toEqual(["0 2"]);
  });

  it("skips an edge whose two ends are already in one cluster, losing no member", () => {
    const triangle: Edge[] = [
      { a: 0, b: 1, score: 0.9 },
      { a: 0, b: 2, score: 0.8 },
      { a: 1, b: 2, score: 0.7 },
    ];
    const clusters = agglomerate(3, triangle, table({ "0 1": 0.9, "0 2": 0.8, "1 2": 0.7 }), 0.5);
    expect(clusters).toEqual([[0, 1, 2]]);
  });

  it("keeps the members of the cluster merged into first, in order", () => {
    expect(agglomerate(2, [{ a: 1, b: 0, score: 0.9 }], table({}), 0.5)).toEqual([[1, 0]]);
  });

  it("never merges what canMerge forbids, and leaves unlinked items alone", () => {
    const edges: Edge[] = [{ a: 0, b: 1, score: 0.9 }];
    expect(sorted(agglomerate(3, edges, table({}), 0.5, () => false))).toEqual([[0], [1], [2]]);
    const seen: [number[], number[]][] = [];
    agglomerate(3, edges, table({}), 0.5, (a, b) => {
      seen.push([a, b]);
      return true;
    });
    expect(seen).toEqual([[[0], [1]]]);
  });
});
