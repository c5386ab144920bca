import type { Span } from "./span";

export type Line = Span & { text: string };

/** Non-empty lines with trimmed spans, and whether a blank line precedes each. */
export function lines(text: string): (Line & { afterBlank: boolean })[] {
  const out: (Line & { afterBlank: boolean })[] = [];
  let at = 0;
  let blank = true;
  for (const piece of text.split("\n")) {
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) {
      out.push({ start: at + lead, end: at + lead + trimmed.length, text: trimmed, afterBlank: blank });
      blank = false;
    } else blank = true;
    at += piece.length + 1;
  }
  return out;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Prose ends like a sentence; titles, list items and counters do not. */
export function isProse(text: string): boolean {
  return /[.!?]["”’)]?$|[.!?]\s*["”’]$|:$/.test(text) && wordCount(text) >= 6;
}
