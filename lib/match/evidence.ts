import type { Features } from "./types";
import type { Shared } from "./features";

/** The features that fired, said in words: what an editor reads under a match. */
export function evidence(f: Features, shared: Shared): string[] {
  const out: string[] = [];
  if (shared.terms.length)
    out.push(`shared words: ${shared.terms.slice(0, 6).join(", ")} (weighted overlap ${f.cosine.toFixed(2)})`);
  const docs = shared.entities.filter((e) => e.startsWith("doc:")).map((e) => e.slice(4));
  const names = shared.entities.filter((e) => e.startsWith("ent:")).map((e) => e.slice(4));
  if (docs.length) out.push(`same document: ${docs.join(", ")}`);
  if (names.length) out.push(`same names: ${names.slice(0, 5).join(", ")}`);
  if (shared.quantities.length) out.push(`same quantity: ${shared.quantities.join(", ")}`);
  if (f.quantityClash) out.push("different quantities of the same unit");
  if (f.numbersUnshared) out.push("the numbers differ");
  if (f.negation) out.push("one of them is negated");
  if (shared.years.length) out.push(`same year: ${shared.years.join(", ")}`);
  if (f.embedding >= 0.95 && f.cosine < 0.3)
    out.push(`similar meaning in other words (word vectors ${f.embedding.toFixed(2)})`);
  if (f.quotes >= 0.5)
    out.push(f.quotes >= 0.99 ? "same quoted words" : `overlapping quotes (${Math.round(f.quotes * 100)}% of words)`);
  return out;
}
