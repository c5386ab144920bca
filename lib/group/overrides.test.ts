import { describe, expect, it } from "vitest";
import { applyOne, applyOverrides, shareAnArticle, type Override } from "./overrides";
import type { Match } from "../match/types";

const groups = (...gs: string[][]) => gs.map((g) => new Set(g));
const shape = (gs: Set<string>[]) => gs.map((g) => [...g].sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));

describe("applyOne", () => {
  it("splits claims out of the group they shared with the editor's 'from', together", () => {
    const out = applyOne(groups(["a", "b", "c", "d"], ["e"]), { kind: "split", claimKeys: ["c", "d"], from: ["a"] });
    expect(shape(out)).toEqual([["a", "b"], ["c", "d"], ["e"]]);
  });

  it("does not split claims from a group none of 'from' is in any more", () => {
    const out = applyOne(groups(["c", "x"], ["a"]), { kind: "split", claimKeys: ["c"], from: ["a", "b"] });
    expect(shape(out)).toEqual([["a"], ["c", "x"]]);
  });

  it("moves a claim into the group holding most of 'into', leaving its old group", () => {
    const out = applyOne(groups(["a", "b"], ["c", "d"], ["e"]), { kind: "move", claimKey: "a", into: ["c", "d", "e"] });
    expect(shape(out)).toEqual([["a", "c", "d"], ["b"], ["e"]]);
  });

  it("drops a group emptied by a move, and ignores a move whose claim or target is gone", () => {
    expect(shape(applyOne(groups(["a"], ["c"]), { kind: "move", claimKey: "a", into: ["c"] }))).toEqual([["a", "c"]]);
    expect(shape(applyOne(groups(["a"], ["c"]), { kind: "move", claimKey: "z", into: ["c"] }))).toEqual([["a"], ["c"]]);
    expect(shape(applyOne(groups(["a"], ["c"]), { kind: "move", claimKey: "a", into: ["q"] }))).toEqual([["a"], ["c"]]);
  });

  it("merges the groups holding most of each side", () => {
    const out = applyOne(groups(["a", "b"], ["c"], ["d"]), { kind: "merge", a: ["a", "z"], b: ["c"] });
    expect(shape(out)).toEqual([["a", "b", "c"], ["d"]]);
  });

  it("leaves groups as they are when both sides of a merge are already one group", () => {
    const start = groups(["a", "c"], ["d"]);
    expect(applyOne(start, { kind: "merge", a: ["a"], b: ["c"] })).toBe(start);
  });

  it("never puts two claims of one article in a group: a move does nothing, a merge leaves such claims behind", () => {
    // Keys are "article:start:end": p:0:9 and p:20:30 are two claims of article p.
    const start = groups(["p:0:9", "q:0:5"], ["p:20:30", "r:0:4"], ["s:0:3"]);
    expect(shape(applyOne(start, { kind: "merge", a: ["p:0:9"], b: ["r:0:4"] }))).toEqual([
      ["p:0:9", "q:0:5", "r:0:4"],
      ["p:20:30"],
      ["s:0:3"],
    ]);
    // The claim the editor named stays in, on either side; the other is left behind with what remains of its side.
    const regrouped = groups(["p:0:9", "q:0:5", "t:0:2"], ["p:20:30", "r:0:4"]);
    expect(shape(applyOne(regrouped, { kind: "merge", a: ["q:0:5"], b: ["p:20:30", "r:0:4"] }))).toEqual([
      ["p:0:9"],
      ["p:20:30", "q:0:5", "r:0:4", "t:0:2"],
    ]);
    expect(applyOne(start, { kind: "move", claimKey: "p:20:30", into: ["q:0:5"] })).toBe(start);
    expect(shape(applyOne(start, { kind: "move", claimKey: "r:0:4", into: ["q:0:5"] }))).toEqual([
      ["p:0:9", "q:0:5", "r:0:4"],
      ["p:20:30"],
      ["s:0:3"],
    ]);
    expect(shape(applyOne(start, { kind: "merge", a: ["q:0:5"], b: ["s:0:3"] }))).toEqual([
      ["p:0:9", "q:0:5", "s:0:3"],
      ["p:20:30", "r:0:4"],
    ]);
  });

  it("splits claims out while any of 'from' is still beside them, though others have gone", () => {
    const out = applyOne(groups(["a", "b", "c"], ["x"]), { kind: "split", claimKeys: ["c"], from: ["a", "z"] });
    expect(shape(out)).toEqual([["a", "b"], ["c"], ["x"]]);
  });

  it("ignores a merge one of whose sides has gone", () => {
    const start = groups(["a"], ["c"]);
    expect(applyOne(start, { kind: "merge", a: ["z"], b: ["c"] })).toBe(start);
    expect(applyOne(start, { kind: "merge", a: ["a"], b: ["z"] })).toBe(start);
  });

  it("keeps a's claim of an article both sides hold when the editor named neither", () => {
    const start = groups(["p:0:9", "q:0:5"], ["p:20:30", "r:0:4"]);
    expect(shape(applyOne(start, { kind: "merge", a: ["q:0:5"], b: ["r:0:4"] }))).toEqual([
      ["p:0:9", "q:0:5", "r:0:4"],
      ["p:20:30"],
    ]);
  });

  it("marks two claims apart: the second leaves their shared group alone", () => {
    const out = applyOne(groups(["a", "b", "c"]), { kind: "apart", a: "a", b: "b" });
    expect(shape(out)).toEqual([["a", "c"], ["b"]]);
  });

  it("leaves the other groups as they are when two claims are marked apart", () => {
    const out = applyOne(groups(["a", "b"], ["c", "d"]), { kind: "apart", a: "a", b: "b" });
    expect(shape(out)).toEqual([["a"], ["b"], ["c", "d"]]);
  });

  it("does nothing for two claims already apart", () => {
    const start = groups(["a"], ["b"]);
    expect(applyOne(start, { kind: "apart", a: "a", b: "b" })).toBe(start);
  });
});

describe("shareAnArticle", () => {
  it("is true when any claim of one set is of an article the other holds", () => {
    expect(shareAnArticle(["p:0:9", "q:0:5"], ["r:0:4", "q:7:12"])).toBe(true);
    expect(shareAnArticle(["p:0:9", "q:0:5"], ["r:0:4", "s:7:12"])).toBe(false);
  });
});

describe("applyOverrides", () => {
  const key = (id: string) => `k${id}`;
  const rescore = (a: string, b: string): Match => ({ a, b, score: 0.5, evidence: ["rescored"] }) as Match;
  const original: Match = { a: "1", b: "2", score: 0.9, evidence: [] } as unknown as Match;

  it("applies overrides oldest first: a merge then a split of one claim out of the merged group", () => {
    const clusters = [
      { claimIds: ["1", "2"], matches: [original] },
      { claimIds: ["3"], matches: [] },
    ];
    const overrides: Override[] = [
      { kind: "merge", a: ["k1"], b: ["k3"] },
      { kind: "split", claimKeys: ["k2"], from: ["k1", "k3"] },
    ];
    const out = applyOverrides(clusters, overrides, key, rescore);
    expect(out.map((c) => c.claimIds)).toEqual([["1", "3"], ["2"]]);
    expect(out[0]!.matches).toEqual([{ a: "1", b: "3", score: 0.5, evidence: ["rescored"] }]);
    expect(out[1]!.matches).toEqual([]);
  });

  it("returns unchanged clusters as they were, matches and all", () => {
    const clusters = [
      { claimIds: ["1", "2"], matches: [original] },
      { claimIds: ["3"], matches: [] },
    ];
    const out = applyOverrides(clusters, [{ kind: "apart", a: "k1", b: "k3" }], key, rescore);
    expect(out[0]).toBe(clusters[0]);
    expect(out[1]).toBe(clusters[1]);
  });

  it("knows an unchanged cluster whose claims are not in sorted order", () => {
    const clusters = [
      { claimIds: ["2", "1"], matches: [original] },
      { claimIds: ["3", "4"], matches: [] },
    ];
    const out = applyOverrides(clusters, [{ kind: "apart", a: "k3", b: "k4" }], key, rescore);
    expect(out[0]).toBe(clusters[0]);
    expect(out.slice(1).map((c) => c.claimIds)).toEqual([["3"], ["4"]]);
  });
});
