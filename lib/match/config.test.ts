import { afterAll, describe, expect, it } from "vitest";
import { sentenceClaim } from "../analyze/sentence-claim";
import { matchSentencePairs } from "./index";
import { profile } from "./profile";
import { configureMatch, matchConfig, vectorsAvailable } from "./vectors";
import { charGrams, surface } from "./surface";

describe("the matcher's injected config", () => {
  const handedIn = matchConfig();
  afterAll(() => configureMatch(handedIn));

  it("matches on words and facets alone when no word vectors are handed in", () => {
    configureMatch({ vectors: null });
    expect(vectorsAvailable()).toBe(false);
    expect(profile(sentenceClaim("Profits rose 12 percent.", "a")).vector).toBeNull();
    const [same, other] = matchSentencePairs([
      [
        sentenceClaim("The company said profits rose 12 percent in the third quarter.", "a"),
        sentenceClaim("The company said profits rose 12 percent in the third quarter, its chief said.", "b"),
      ],
      [
        sentenceClaim("The company said profits rose 12 percent in the third quarter.", "c"),
        sentenceClaim("The mayor opened a new bridge across the river on Sunday.", "d"),
      ],
    ]);
    // The shipped weights are fitted with vectors, so scores run much lower without them (0.14 here against
    // 0.96 with them); the ordering must still hold.
    expect(same!.score).toBeGreaterThan(other!.score + 0.1);
    expect(other!.same).toBe(false);
  });
});

describe("surface features", () => {
  const of = (text: string) => {
    const textWords = text.split(" ");
    return { textWords, chars: charGrams(textWords) };
  };

  it("counts the common word subsequence against the shorter and the longer claim", () => {
    const f = surface(of("the troops will leave in may"), of("in may the troops will all leave the base"));
    // "the troops will leave": 4 of 6 and 4 of 9 words, in order.
    expect(f.orderMax).toBeCloseTo(4 / 6);
    expect(f.orderMin).toBeCloseTo(4 / 9);
  });

  it("shares character 4-grams between inflections of one word, not between unrelated words", () => {
    const inflected = surface(of("accused"), of("accusing"));
    const unrelated = surface(of("accused"), of("bridge"));
    expect(inflected.charsMin).toBeGreaterThan(0.3);
    expect(unrelated.charsMax).toBe(0);
    expect(surface(of("same words"), of("same words")).charsMin).toBe(1);
  });
});
