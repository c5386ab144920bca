/** Short strings (words, names) recur across claims: their folded forms are kept, up to a bound. */
const SHORT = 32;
const KEPT = 200_000;
const folded = new Map<string, string>();

/** Fold case, accents, typographic quotes and dashes so surface variants compare equal. */
export function fold(text: string): string {
  if (text.length > SHORT) return foldText(text);
  let out = folded.get(text);
  if (out === undefined) {
    if (folded.size >= KEPT) folded.clear();
    out = foldText(text);
    folded.set(text, out);
  }
  return out;
}

function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .toLowerCase();
}

/** Lower-case word tokens, for overlap measures that do not need the tagger. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}
