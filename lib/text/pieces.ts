import type { Span } from "./span";

/**
 * The stretches of `text` worth reading, each at most `max` characters: paragraphs (runs of lines that hold
 * something besides white space), a long one cut at its best break. Blank lines are left out, so a page of
 * thousands of empty or indented lines costs nothing. Libraries whose cost grows faster than their input are fed
 * these pieces, so the whole costs about linearly.
 */
export function pieces(text: string, max: number): Span[] {
  const out: Span[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) out.push(...cut(text, start, end, max));
    start = -1;
  };
  let at = 0;
  while (at <= text.length) {
    const next = text.indexOf("\n", at);
    const lineEnd = next < 0 ? text.length : next;
    if (/\S/.test(text.slice(at, lineEnd))) {
      if (start < 0) start = at;
      end = lineEnd;
    } else flush();
    at = lineEnd + 1;
  }
  flush();
  return out;
}

/** [start, end) in spans of at most `max`, each cut at the strongest break in its second half. */
function cut(text: string, start: number, end: number, max: number): Span[] {
  const out: Span[] = [];
  while (end - start > max) {
    const at = breakIn(text, start + Math.floor(max / 2), start + max);
    out.push({ start, end: at });
    start = at;
  }
  out.push({ start, end });
  return out;
}

const BREAKS = [/\n/g, /[.!?]["”’)]*\s/g, /\s/g];

/** The end of the last, strongest break between `from` and `to`; failing any, `to` (never inside a surrogate pair). */
function breakIn(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  for (const pattern of BREAKS) {
    let last = -1;
    for (const m of window.matchAll(pattern)) last = (m.index ?? 0) + m[0].length;
    if (last > 0) return from + last;
  }
  const code = text.charCodeAt(to - 1);
  return code >= 0xd800 && code <= 0xdbff ? to - 1 : to;
}
