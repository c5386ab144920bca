import type { Span } from "../text/span";
import type { SentenceContext } from "./context";
import type { Quote } from "./types";

const PAIRS: [string, string][] = [
  ["“", "”"],
  ["«", "»"],
  ['"', '"'],
];

/** The quoted words in a sentence, each trimmed; the speaker is filled in across the article by resolveReferences. */
export function quotes(ctx: SentenceContext): Quote[] {
  return ctx.quotes.map((q) => {
    const start = Math.max(q.start, ctx.start);
    const end = Math.min(q.end, ctx.end);
    // Trim on the view: an entity such as "&ldquo;" leaves blanks there that are not words.
    const trimmed = trimQuote(ctx.view, start, end);
    return { ...trimmed, text: ctx.raw.slice(trimmed.start, trimmed.end), speaker: null };
  });
}

function trimQuote(view: string, start: number, end: number): Span {
  while (end > start && /[\s,.;:]/.test(view[end - 1] ?? "")) end--;
  while (start < end && /\s/.test(view[start] ?? "")) start++;
  return { start, end };
}

/** Quoted stretches of a text: curly, guillemet and straight double quotes, and single quotes used as quotes. */
export function quoteSpans(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const s = text.indexOf(open, from);
      if (s < 0) break;
      const e = text.indexOf(close, s + 1);
      if (e < 0 || text.slice(s + 1, e).includes("\n\n")) break;
      if (/[\p{L}\p{N}]/u.test(text.slice(s + 1, e))) spans.push({ start: offset + s + 1, end: offset + e });
      from = e + 1;
    }
  }
  // ‘…’ only where ‘ opens after a space and ’ is not an apostrophe inside a word.
  for (const m of text.matchAll(/(?<=^|[\s(])‘([^‘’\n]+?)’(?![\p{L}])/gu)) {
    const s = (m.index ?? 0) + 1;
    spans.push({ start: offset + s, end: offset + s + (m[1]?.length ?? 0) });
  }
  return spans.sort((a, b) => a.start - b.start);
}
