import { describe, expect, it } from "vitest";
import { STORY_PRIOR, STORY_THRESHOLD, stories } from "./stories";
import type { Claim } from "../extract/types";
import { claim } from "../../tests/helpers/build";

// Articles as bags of claim terms: which tell one story. Two synthetic stories, no extractor involved.
const FERRY = ["ferry", "strike", "harbour", "crew", "wage", "union", "crossing", "cancel"];
const LIBRARY = ["library", "book", "reader", "shelf", "opening", "author", "loan", "archive"];
const said = (articleId: string, terms: string[], n: number, quotes: string[] = []): Claim[] =>
  Array.from({ length: n }, (_, i) => ({
    ...claim(`${articleId}-c${i + 1}`, articleId, {
      quotes: quotes.map((text) => ({ start: 0, end: text.length, text, speaker: null })),
    }),
    terms: [...terms.slice(i % 3), ...terms.slice(0, i % 3)],
  }));

describe("stories: which articles tell the same story", () => {
  it("uses the threshold and prior measured on basil-dev", () => {
    expect([STORY_THRESHOLD, STORY_PRIOR]).toEqual([0.3, 50]);
  });

  it("puts articles with the same words together and apart from another story, numbered by first article", () => {
    const claims = [
      ...said("lib-1", LIBRARY, 3),
      ...said("ferry-1", FERRY, 3),
      ...said("ferry-2", FERRY, 2),
      ...said("lib-2", LIBRARY, 2),
    ];
    expect(stories(["lib-1", "ferry-1", "ferry-2", "lib-2"], claims)).toEqual([
      { id: "s1", articleIds: ["lib-1", "lib-2"] },
      { id: "s2", articleIds: ["ferry-1", "ferry-2"] },
    ]);
  });

  it("gives an article with nothing in common a story of its own", () => {
    const claims = [...said("ferry-1", FERRY, 2), ...said("ferry-2", FERRY, 2), ...said("lib-1", LIBRARY, 2)];
    expect(stories(["ferry-1", "ferry-2", "lib-1"], claims).map((s) => s.articleIds)).toEqual([
      ["ferry-1", "ferry-2"],
      ["lib-1"],
    ]);
  });

  describe("joins two stories that quote the same five words, unless they are strangers", () => {
    const OTHER = ["council", "budget", "tram", "station", "ticket", "fare", "road", "lane"];
    const QUOTE = "we will not sail until the wage deal is signed";
    // y shares `k` of x's eight words: at 3 the pair is below the story threshold but not a stranger.
    const pair = (k: number, quote: string | null) => {
      const make = (id: string, terms: string[]) => said(id, terms, 2, quote ? [quote] : []);
      const claims = [...make("x", FERRY), ...make("y", [...FERRY.slice(0, k), ...OTHER.slice(k)])];
      return stories(["x", "y"], claims).map((st) => st.articleIds);
    };

    it.each([
      [3, null, [["x"], ["y"]]],
      [3, QUOTE, [["x", "y"]]],
      [3, "until the wage deal", [["x"], ["y"]]],
      [3, "until the wage deal is", [["x", "y"]]],
      [1, QUOTE, [["x"], ["y"]]],
    ])("%i shared words, quote %j → %j", (k, quote, expected) => {
      expect(pair(k, quote)).toEqual(expected);
    });
  });
});
