import type { Span } from "../text/span";

const PAIRS: [string, string][] = [
  ["“", "”"],
  ["«", "»"],
  ['"', '"'],
];

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
