import type { Claim } from "../extract/types";
import type { Fact, FactLink } from "./types";
import { factsOf } from "./facts-of";
import { alignFacts } from "./align";

export type * from "./types";
export { comparableQuantity, factsOf, slotOf, unitKey } from "./facts-of";
export { FACT_FLOOR } from "./thresholds";
export { stem } from "./window";
export { candidateLinks } from "./align";
export { eventsConflict, verbsConflict, type Event } from "./verbs";

/** The claims' facts, and the pairs of claims of one story that report the same one, whatever their wording. */
export function linkFacts(
  claims: Claim[],
  storyOf: (articleId: string) => string,
  similarity?: (a: string, b: string) => number,
): { facts: Fact[]; links: FactLink[] } {
  const facts = claims.flatMap(factsOf);
  return { facts, links: alignFacts(facts, storyOf, similarity) };
}

/** What a fact link says in words, for the editor reading why two claims were grouped. */
export function describeLink(link: FactLink): string {
  const dimension = link.slot.split(":")[0];
  const what =
    link.kind === "date" ? "a date" : `the ${dimension === "count" ? "count of" : dimension + " in"} ${link.what}`;
  const values = link.sameValue ? "same value" : "values differ";
  return `same fact: ${what}, about ${link.shared.join(", ")}; ${values}`;
}
