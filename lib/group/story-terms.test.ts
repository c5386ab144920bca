import { describe, expect, it } from "vitest";
import { claim, entity } from "@/tests/helpers/build";
import { lookupTerms, STORY_LOOKUP_TERMS, STORY_TERM_MAX_ARTICLES, storyTerms } from "./story-terms";

describe("storyTerms", () => {
  it("keys an article's claims' terms and entities as story profiles do, once each, sorted", () => {
    const a = { ...claim("c1", "a1", { entities: [entity("Ada Vell"), entity("Charter", "document", "charter")] }) };
    const b = { ...claim("c2", "a1", { entities: [entity("Ada Vell")] }), terms: ["quarry", "reopen", "quarry"] };
    expect(storyTerms([a, b])).toEqual(["doc:charter", "ent:ada vell", "quarry", "reopen"]);
    expect(storyTerms([])).toEqual([]);
  });
});

describe("lookupTerms", () => {
  const counts: Record<string, number> = { only: 1, pair: 2, few: 5, many: STORY_TERM_MAX_ARTICLES, common: 301 };
  const carriers = (t: string) => counts[t] ?? 0;

  it("keeps terms another article carries and not too many do, rarest first", () => {
    expect(lookupTerms(["common", "many", "few", "only", "pair", "absent"], carriers)).toEqual(["pair", "few", "many"]);
  });

  it("orders terms carried equally by their spelling, and keeps at most the lookup's share", () => {
    const terms = Array.from({ length: STORY_LOOKUP_TERMS + 5 }, (_, i) => `t${String(i).padStart(2, "0")}`).reverse();
    const picked = lookupTerms(terms, () => 2);
    expect(picked).toHaveLength(STORY_LOOKUP_TERMS);
    expect(picked).toEqual([...terms].sort().slice(0, STORY_LOOKUP_TERMS));
    expect(lookupTerms([...terms].sort(), () => 2)).toEqual(picked);
    expect(lookupTerms(["beta", "alpha", "gamma"], () => 2)).toEqual(["alpha", "beta", "gamma"]);
  });
});
