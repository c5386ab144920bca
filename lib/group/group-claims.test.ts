import { describe, expect, it } from "vitest";
import { groupClaims } from "./index";
import { MODEL, type Match } from "../match/index";
import { FACT_FLOOR, type FactLink } from "../facts/index";
import { claim } from "../../tests/helpers/build";

// Hand-built claims and match scores: the grouping rules on their own, with no extractor or matcher in the way.
const key = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
const scorer = (scores: Record<string, number>) => (a: string, b: string) => match(a, b, scores[key(a, b)] ?? 0);
const match = (a: string, b: string, score: number): Match => ({ a, b, score, evidence: [`scored ${score}`] });
const link = (a: string, b: string, sameValue: boolean): FactLink => ({
  a,
  b,
  kind: "quantity",
  slot: "count:bridge",
  what: "bridges",
  shared: ["river"],
  score: 1,
  sameValue,
  sameVerb: true,
  at: { a: { start: 0, end: 1 }, b: { start: 0, end: 1 } },
});
const ids = (clusters: { claimIds: string[] }[]) => clusters.map((c) => c.claimIds).sort();

describe("groupClaims", () => {
  it("uses the thresholds it was tuned with", () => {
    expect([MODEL.groupThreshold, FACT_FLOOR]).toEqual([0.3, 0.45]);
  });

  it("never puts two claims of one article in a group, however strongly they match", () => {
    const claims = [claim("c1", "a1"), claim("c2", "a1"), claim("c3", "a2")];
    const scores = { "c1 c2": 0.95, "c1 c3": 0.9, "c2 c3": 0.8 };
    const matches = [match("c1", "c2", 0.95), match("c1", "c3", 0.9), match("c2", "c3", 0.8)];
    expect(ids(groupClaims(claims, matches, scorer(scores)))).toEqual([["c1", "c3"], ["c2"]]);
  });

  it("joins a claim to a group on the mean of its scores against every member", () => {
    const claims = [claim("c1", "a1"), claim("c3", "a3"), claim("c4", "a4")];
    const scores = { "c1 c3": 0.9, "c1 c4": 0.1, "c3 c4": 0.3 };
    const matches = [match("c1", "c3", 0.9), match("c3", "c4", 0.3)];
    // c4 joins {c1, c3} only if (0.1 + 0.3) / 2 = 0.2 reaches 0.75 × 0.3 = 0.225: it does not.
    expect(ids(groupClaims(claims, matches, scorer(scores)))).toEqual([["c1", "c3"], ["c4"]]);
    const closer = { ...scores, "c1 c4": 0.16 };
    // (0.16 + 0.3) / 2 = 0.23 ≥ 0.225.
    expect(ids(groupClaims(claims, matches, scorer(closer)))).toEqual([["c1", "c3", "c4"]]);
  });

  it.each([
    [0.22, [["c1"], ["c2"]]],
    [0.23, [["c1", "c2"]]],
    [0.3, [["c1", "c2"]]],
  ])("a lone match scoring %d gives %j (the floor is three quarters of the threshold)", (score, expected) => {
    const claims = [claim("c1", "a1"), claim("c2", "a2")];
    expect(ids(groupClaims(claims, [match("c1", "c2", score)], scorer({})))).toEqual(expected);
  });

  it("lifts a fact link with differing values to the fact floor, however the sentences are worded", () => {
    const claims = [claim("c1", "a1"), claim("c2", "a2")];
    const [group] = groupClaims(claims, [], scorer({ "c1 c2": 0.05 }), [link("c1", "c2", false)]);
    expect(group!.claimIds).toEqual(["c1", "c2"]);
    expect(group!.matches).toHaveLength(1);
    expect(group!.matches[0]!.score).toBe(0.45);
    expect(group!.matches[0]!.evidence).toEqual([
      "scored 0.05",
      "same fact: the count of bridges, about river; values differ",
    ]);
  });

  it("lifts a fact link with agreeing values only to the grouping threshold", () => {
    const claims = [claim("c1", "a1"), claim("c2", "a2")];
    const [group] = groupClaims(claims, [], scorer({ "c1 c2": 0.05 }), [link("c1", "c2", true)]);
    expect(group!.matches.map((m) => m.score)).toEqual([0.3]);
  });

  it("keeps a match score above the link's floor, and adds the link to a known match's evidence", () => {
    const claims = [claim("c1", "a1"), claim("c2", "a2")];
    const [group] = groupClaims(claims, [match("c1", "c2", 0.8)], scorer({}), [link("c2", "c1", false)]);
    expect(group!.matches[0]!.score).toBe(0.8);
    expect(group!.matches[0]!.evidence).toHaveLength(2);
  });

  it("counts a link between claims with no match when averaging a larger group", () => {
    // c3 has no match at all; its link to c2 (floor 0.45) and the unscored c1–c3 (0.05) average 0.25 ≥ 0.225.
    const claims = [claim("c1", "a1"), claim("c2", "a2"), claim("c3", "a3")];
    const clusters = groupClaims(claims, [match("c1", "c2", 0.9)], scorer({ "c1 c3": 0.05 }), [
      link("c2", "c3", false),
    ]);
    expect(ids(clusters)).toEqual([["c1", "c2", "c3"]]);
    expect(clusters[0]!.matches.map((m) => [m.a, m.b, m.score])).toEqual([
      ["c1", "c2", 0.9],
      ["c1", "c3", 0.05],
      ["c2", "c3", 0.45],
    ]);
  });

  it("gives the link's floor to a pair the scorer is asked about later, not only to listed matches", () => {
    // c1–c2 merge first; c3 joins only if c1–c3 counts its link: (0.45 + 0.05) / 2 = 0.25, not (0.05 + 0.05) / 2.
    const claims = [claim("c1", "a1"), claim("c2", "a2"), claim("c3", "a3")];
    const scores = { "c1 c3": 0.05, "c2 c3": 0.05 };
    const matches = [match("c1", "c2", 0.9), match("c2", "c3", 0.05)];
    const linked = { ...link("c1", "c3", false) };
    const clusters = groupClaims(claims, matches, scorer(scores), [linked]);
    expect(ids(clusters)).toEqual([["c1", "c2", "c3"]]);
  });

  it("lists a group's claims in input order, and every claim once", () => {
    const claims = [claim("c1", "a1"), claim("c2", "a2"), claim("c3", "a3"), claim("c4", "a4")];
    const matches = [match("c3", "c1", 0.9), match("c4", "c2", 0.9)];
    const clusters = groupClaims(claims, matches, scorer({}));
    expect(ids(clusters)).toEqual([
      ["c1", "c3"],
      ["c2", "c4"],
    ]);
  });
});
