import { describe, expect, it } from "vitest";
import { alignFacts } from "./align";
import { fact } from "./test-claims";

const oneStory = () => "s1";

// Both dates sit by the same verb ("will decide by June", "plans to decide by October"): the event is named, so a
// rival date elsewhere in the article does not raise the bar, as long as two words of the clause are shared.
describe("facts by the same verb", () => {
  const date = (claimId: string, articleId: string, value: string, verbs: string[], anchors: string[]) =>
    fact({ claimId, articleId, kind: "date", slot: "date", what: "date", value, verbs, anchors });
  // Each article's many other anchors keep the shared share low: only the same-verb rule links these.
  const noise = (p: string) => Array.from({ length: 12 }, (_, i) => `w:${p}${i}`);
  const a = date("c1", "a1", "2011-10", ["decide", "run"], ["w:decid", "w:run", ...noise("x")]);
  const rival = { ...date("c9", "a1", "2012", [], ["w:other"]), start: 40, end: 44 };
  const b = date("c2", "a2", "2011-06", ["decide"], ["w:decid", "w:run", ...noise("y")]);
  // Facts of other slots in the story that also carry the two words, so that the words weigh too little to link
  // the dates on weight alone (each about 0.4, together under MIN_SHARED_WEIGHT).
  const others = ["a3", "a4", "a5"].map((id) =>
    fact({ claimId: `c-${id}`, articleId: id, anchors: ["w:decid", "w:run"] }),
  );
  const dates = (links: ReturnType<typeof alignFacts>) => links.filter((l) => l.kind === "date");

  it("links two dates by the same verb with two words in common despite a rival date", () => {
    const links = dates(alignFacts([a, rival, b, ...others], oneStory));
    expect(links.map((l) => [l.a, l.b, l.sameVerb, l.sameValue])).toEqual([["c1", "c2", true, false]]);
  });

  it("does not link them when the verbs differ", () => {
    expect(dates(alignFacts([a, rival, { ...b, verbs: ["adopt"] }, ...others], oneStory))).toEqual([]);
  });

  it("does not link them on the verb's word alone", () => {
    const thin = { ...b, anchors: ["w:decid", ...noise("y")] };
    expect(dates(alignFacts([a, rival, thin, ...others], oneStory))).toEqual([]);
  });
});
