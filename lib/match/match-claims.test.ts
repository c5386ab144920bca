import { describe, expect, it } from "vitest";
import { matchClaims } from "./index";
import { bareClaim } from "./pairs";

// The filter matchClaims gives candidate generation: only claims of different articles in one story are compared.
// Every claim here says the same thing, so only the filter can keep a pair apart.
const SAME = "The Redfield ferry will stop running for repairs in August, the harbour office said.";

describe("matchClaims compares only claims of different articles in one story", () => {
  const claims = [
    { ...bareClaim(SAME, "a1"), id: "a1-c1" },
    { ...bareClaim(SAME, "a1"), id: "a1-c2" },
    { ...bareClaim(SAME, "a2"), id: "a2-c1" },
    { ...bareClaim(SAME, "b1"), id: "b1-c1" },
  ];
  const storyOf = (articleId: string) => (articleId.startsWith("a") ? "s1" : "s2");

  it("matches the two articles of one story, and nothing else", () => {
    const { matches, pairsScored } = matchClaims(claims, storyOf);
    expect(matches.map((m) => [m.a, m.b].sort().join(" ")).sort()).toEqual(["a1-c1 a2-c1", "a1-c2 a2-c1"]);
    expect(pairsScored).toBe(2);
    for (const m of matches) expect(m.score).toBeGreaterThan(0.9);
  });

  it("matches across articles of a story when every article is one story", () => {
    const { matches } = matchClaims(claims, () => "s1");
    expect(matches).toHaveLength(5);
  });
});
