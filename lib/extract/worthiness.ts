import type { ClaimKind, Facets } from "./types";
import { lexicon } from "../lexicon/index";

const { superlative: SUPERLATIVE, comparative: COMPARATIVE, opinion: OPINION } = lexicon.stance;

/** How much a claim is worth checking, with the reasons that moved the score. */
export function worthiness(text: string, kind: ClaimKind, facets: Facets): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0.2;
  const add = (weight: number, reason: string) => {
    score += weight;
    reasons.push(`${weight > 0 ? "+" : ""}${weight.toFixed(2)} ${reason}`);
  };
  if (facets.quantities.length) add(0.2, "states a number");
  if (facets.dates.some((d) => d.iso)) add(0.1, "states a date");
  if (facets.quotes.length) add(0.15, "quotes someone");
  if (facets.attribution.some((s) => s.kind !== "pronoun")) add(0.1, "names its source");
  if (facets.labels.length) add(0.1, "labels or characterises something");
  if (facets.entities.filter((e) => e.type !== "document").length >= 2)
    add(0.1, "names several people, places or bodies");
  if (SUPERLATIVE.test(text)) add(0.05, "superlative");
  if (COMPARATIVE.test(text)) add(0.05, "comparison");
  if (OPINION.test(text)) add(-0.15, "opinion");
  if (/\?\s*["”]?$/.test(text)) add(-0.3, "a question");
  if (kind !== "statement") add(-0.1, `a ${kind}, not body text`);
  return { score: Math.max(0, Math.min(1, Math.round(score * 100) / 100)), reasons };
}
