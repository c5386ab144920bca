// Quotations two outlets both carry: a run of 5+ identical words inside quotation marks in each; one content word of
// the run is swapped in one copy for a plausible word that changes what was said.
import { MIN_QUOTE_CONTENT, MIN_QUOTE_WORDS, QUOTE_SWAPS } from "./config";
import { isContent, outletPairs, tokens, type Corpus } from "./corpus";
import type { EventDoc, Mutation, Token } from "./types";

const QUOTED = /["“]([^"“”\n]+)["”]/g;

/** Words inside quotation marks in the body, one list per quotation. */
export function quotations(doc: EventDoc): Token[][] {
  const body = doc.raw.indexOf("\n\n") + 2;
  return [...doc.raw.slice(body).matchAll(QUOTED)].map((m) => tokens(m[1]!, body + m.index + 1));
}

/** The longest run of equal words in a and b: [start in a, start in b, length]. */
export function longestRun(a: Token[], b: Token[]): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1]!.word !== b[j - 1]!.word) continue;
      row[j] = prev[j - 1]! + 1;
      if (row[j]! > best[2]) best = [i - row[j]!, j - row[j]!, row[j]!];
    }
    prev = row;
  }
  return best;
}

function swapOf(t: Token): string | null {
  const swap = QUOTE_SWAPS[t.word];
  if (!swap) return null;
  if (t.text === t.text.toUpperCase() && t.text.length > 1) return swap.toUpperCase();
  return /^[A-Z]/.test(t.text) ? swap[0]!.toUpperCase() + swap.slice(1) : swap;
}

/** A swap that is not already in the quote ("good & bad" must not become "bad & bad"). */
function usable(t: Token, quote: Token[]): boolean {
  const swap = swapOf(t);
  return swap !== null && !quote.some((q) => q.word === swap.toLowerCase());
}

export function findQuotes(corpus: Corpus): Mutation[] {
  const out: Mutation[] = [];
  for (const [a, b] of outletPairs(corpus)) {
    const qb = quotations(b);
    for (const qa of quotations(a))
      for (const q of qb) {
        const [ia, ib, n] = longestRun(qa, q);
        if (n < MIN_QUOTE_WORDS) continue;
        if (qa.slice(ia, ia + n).filter((t) => isContent(t.word)).length < MIN_QUOTE_CONTENT) continue;
        // Two run words on each side at least, so the change sits inside the shared wording, not at its edge.
        const k = qa.slice(ia + 2, ia + n - 2).findIndex((t) => usable(t, qa)) + 2;
        if (k === 1) continue;
        const ta = qa[ia + k]!;
        const tb = q[ib + k]!;
        const sa = a.sentences.find((s) => s.start <= ta.start && ta.start < s.end);
        const sb = b.sentences.find((s) => s.start <= tb.start && tb.start < s.end);
        if (!sa || !sb) continue;
        const shared = qa
          .slice(ia, ia + n)
          .map((t) => t.text)
          .join(" ");
        out.push({
          kind: "quote",
          event: a.event,
          file: a.file,
          outlet: a.outlet,
          at: ta.start,
          length: ta.text.length,
          replacement: swapOf(ta)!,
          sentence: sa,
          partnerFile: b.file,
          partnerOutlet: b.outlet,
          partnerAt: tb.start,
          partnerSentence: sb,
          change: `${ta.text} → ${swapOf(ta)}`,
          evidence: `${n} shared quoted words: "${shared}"`,
        });
      }
  }
  return out;
}
