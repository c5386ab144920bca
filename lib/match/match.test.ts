import { describe, expect, it } from "vitest";
import { sentenceClaim } from "../analyze/sentence-claim";
import { matchSentencePairs } from "./index";
import { candidates } from "./candidates";
import { profile } from "./profile";
import { idf } from "./idf";
import { vectorsAvailable } from "./vectors";

const pair = (a: string, b: string) =>
  [sentenceClaim(a, "a"), sentenceClaim(b, "b")] as [
    ReturnType<typeof sentenceClaim>,
    ReturnType<typeof sentenceClaim>,
  ];

describe("matching sentence pairs", () => {
  const results = matchSentencePairs([
    pair(
      "The company said profits rose 12 percent in the third quarter.",
      "Profits at the company climbed 12 percent in the third quarter, it said.",
    ),
    pair(
      "The company said profits rose 12 percent in the third quarter.",
      "The mayor opened a new bridge across the river on Sunday.",
    ),
    pair(
      "The company said profits rose 12 percent in the third quarter.",
      "The company said profits rose 21 percent in the fourth quarter.",
    ),
  ]);

  it("scores a paraphrase above an unrelated sentence and says why", () => {
    expect(results[0]!.same).toBe(true);
    expect(results[1]!.same).toBe(false);
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score + 0.3);
    expect(results[0]!.evidence.join(" ")).toMatch(/shared words/);
  });

  it("marks down a near-copy whose numbers differ", () => {
    expect(results[2]!.score).toBeLessThan(results[0]!.score);
  });

  it("has word vectors built at install", () => {
    expect(vectorsAvailable()).toBe(true);
  });
});

describe("candidate generation", () => {
  it("offers only allowed pairs and skips words too common to discriminate", () => {
    const texts = Array.from(
      { length: 200 },
      (_, i) => `Officials said the bridge number ${i} in Springfield ${i % 2 ? "closed" : "opened"} on Monday.`,
    );
    const profiles = texts.map((t, i) => profile(sentenceClaim(t, `s${i}`)));
    const pairs = candidates(profiles, idf(profiles), (a, b) => a.articleId !== b.articleId);
    expect(pairs.length).toBeLessThanOrEqual(200 * 12);
    for (const [i, j] of pairs) expect(i).not.toBe(j);
  });
});
