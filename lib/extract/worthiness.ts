import type { Facets } from "./types";
import type { SentenceContext } from "./context";

/** How much a claim is worth checking, with the reasons that moved the score. */
export function worthiness(ctx: SentenceContext, facets: Facets): { score: number; reasons: string[] } {
  const { text, kind } = ctx;
  const { superlative, comparative, opinion } = ctx.lexicon.stance;
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
  if (superlative.test(text)) add(0.05, "superlative");
  if (comparative.test(text)) add(0.05, "comparison");
  if (opinion.test(text)) add(-0.15, "opinion");
  if (/\?\s*["”]?$/.test(text)) add(-0.3, "a question");
  if (kind !== "statement") add(-0.1, `a ${kind}, not body text`);
  return { score: Math.max(0, Math.min(1, Math.round(score * 100) / 100)), reasons };
}
