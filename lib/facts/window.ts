import type { Claim } from "../extract/types";
import type { Span } from "../text/span";
import { fold } from "../text/normalize";
import { STEM_LETTERS, WINDOW_SPAN, WINDOW_WORDS } from "./thresholds";
import { lexicon } from "../lexicon/index";

export type Word = Span & { stem: string };

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Punctuation that closes a clause: what lies beyond it is usually about something else. Quote marks do not. */
export const BOUNDARY = /[;:()—]|\s[-–]\s/;

/** Verbs of saying: nearly every news sentence has one, so sharing one says nothing about sharing a fact. */
const reporting = new Set([...lexicon.facts.reporting].map((v) => stem(v)));

export function stem(word: string): string {
  return fold(word).replace(/'s$/, "").replace(/[-']/g, "").slice(0, STEM_LETTERS);
}

/** The claim's words with offsets into the article, each reduced to its stem. */
export function claimWords(claim: Claim): Word[] {
  return [...claim.text.matchAll(WORD)].map((m) => ({
    start: claim.start + (m.index ?? 0),
    end: claim.start + (m.index ?? 0) + m[0].length,
    stem: stem(m[0]),
  }));
}

/**
 * Content-word stems near a span, within its clause: what a number counts or what a date dates is said there.
 * Only words the tagger kept as content words count, and no verb of saying. Stems map to the words as written.
 */
export function windowStems(claim: Claim, all: Word[], span: Span, content: Set<string>): Map<string, string> {
  const text = (from: number, to: number) => claim.text.slice(from - claim.start, to - claim.start);
  const before = all.filter((w) => w.end <= span.start).reverse();
  const after = all.filter((w) => w.start >= span.end);
  const out = new Map<string, string>();
  for (const [side, edge] of [
    [before, span.start],
    [after, span.end],
  ] as const) {
    let last = edge;
    let kept = 0;
    for (const w of side.slice(0, WINDOW_SPAN)) {
      const gap = w.end <= edge ? text(w.end, last) : text(last, w.start);
      if (BOUNDARY.test(gap) || kept === WINDOW_WORDS) break;
      last = w.end <= edge ? w.start : w.end;
      if (!content.has(w.stem) || reporting.has(w.stem) || /^\d/.test(w.stem)) continue;
      if (!out.has(w.stem)) out.set(w.stem, claim.text.slice(w.start - claim.start, w.end - claim.start));
      kept++;
    }
  }
  return out;
}
