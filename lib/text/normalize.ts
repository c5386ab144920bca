/** Fold case, accents, typographic quotes and dashes so surface variants compare equal. */
export function fold(text: string): string {
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
