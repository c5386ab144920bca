import type { Claim } from "../extract/types";
import { entityKey } from "../match/profile";

/**
 * A term more stored articles carry than this points to no one story ("say", a country): no story is looked up by
 * it.
 */
export const STORY_TERM_MAX_ARTICLES = 300;

/** How many of a new article's rarest shared terms look up the stories it may join. */
export const STORY_LOOKUP_TERMS = 20;

/**
 * The words and names an article's story profile weighs (lib/group/stories.ts): its claims' terms and entities, keyed
 * as profiles key them. Two articles of one story share some of the rarer ones, so the stored articles that share
 * none of a new article's need not be read to place it.
 */
export function storyTerms(claims: Claim[]): string[] {
  return [...new Set(claims.flatMap((c) => [...c.terms, ...c.facets.entities.map(entityKey)]))].sort();
}

/**
 * The terms that look up an article's story: carried by at least one other stored article and by no more than
 * STORY_TERM_MAX_ARTICLES, rarest first, at most STORY_LOOKUP_TERMS. `articlesWith` counts the article itself.
 */
export function lookupTerms(terms: string[], articlesWith: (term: string) => number): string[] {
  const rarer = (a: string, b: string) => articlesWith(a) - articlesWith(b) || (a < b ? -1 : 1);
  return terms
    .filter((t) => articlesWith(t) >= 2 && articlesWith(t) <= STORY_TERM_MAX_ARTICLES)
    .sort(rarer)
    .slice(0, STORY_LOOKUP_TERMS);
}
