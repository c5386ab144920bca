import type { Claim, Facets } from "./types";

/** Facets of a claim that states nothing checkable; callers add the facets they know. */
export function emptyFacets(facets: Partial<Facets> = {}): Facets {
  return {
    quotes: [],
    quantities: [],
    dates: [],
    entities: [],
    attribution: [],
    labels: [],
    modality: { value: "asserted", cue: null },
    ...facets,
  };
}

/**
 * A claim built from text alone, for what the extractor gives no claim for (page furniture in a sentence pair, a
 * whole article's profile): the whole text, one statement, no facets unless given.
 */
export function bareClaim(id: string, articleId: string, text: string, fields: Partial<Claim> = {}): Claim {
  return {
    id,
    articleId,
    start: 0,
    end: text.length,
    text,
    kind: "statement",
    worthiness: 0,
    worthinessReasons: [],
    facets: emptyFacets(),
    terms: [],
    verbs: [],
    ...fields,
  };
}
