// Firm sentences in one outlet that report the same thing as a firm sentence in another (many shared words, several
// of them rare); the mutation hedges the main verb of one copy.
import { parse } from "../../lib/text/nlp";
import {
  HEDGE_ADVERBS,
  HEDGE_MIN_OVERLAP,
  HEDGE_MIN_SHARED_CONTENT,
  HEDGE_MIN_SHARED_RARE,
  HEDGED,
  MIN_QUOTE_WORDS,
  PAST,
  SAYING,
  SUBORDINATE,
} from "./config";
import { longestRun } from "./quote";
import { insideQuote, outletPairs, sharedContent, sharedRare, type Corpus } from "./corpus";
import type { EventDoc, Mutation, Sentence } from "./types";

const AUXILIARY = /^(was|were|had)$/;
const SUBJECT_POS = new Set(["NOUN", "PROPN", "PRON"]);

type Hedge = { at: number; length: number; replacement: string; change: string; verb: string };

/** Text of the sentence with quotations blanked: a quoted "not" does not hedge the reporting frame. */
function frame(s: Sentence): string {
  return s.text.replace(/["“][^"“”]*["”]/g, " ");
}

function finished(s: Sentence): boolean {
  return /[.!?]["”’)]*$/.test(s.text);
}

/** The first finite verb outside quotation marks, hedged: "is" → "may be", "said" → "may have said", else an adverb. */
export function hedgeOf(doc: EventDoc, s: Sentence, pick: () => number): Hedge | null {
  // Headlines and fragments have no finished sentence to hedge.
  if (SUBORDINATE.test(s.text) || !finished(s)) return null;
  const toks = parse(s.text).tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const at = s.start + t.start;
    if (insideQuote(doc.raw, at)) continue;
    const prev = toks[i - 1];
    // A finite verb follows its subject: "the governor is", "Malloy (D) took", not "recently resigned director".
    if (prev && !SUBJECT_POS.has(prev.pos) && prev.text !== ")") continue;
    if (t.lower === "is" && toks[i + 1]?.lower !== "being" && (t.pos === "AUX" || t.pos === "VERB"))
      return { at, length: 2, replacement: "may be", change: "is → may be", verb: "is" };
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    if ((!/ed$/.test(t.lower) && !PAST.test(t.lower)) || /^report/.test(t.lower)) continue;
    // "officers assigned to Scalise", "a football signed by presidents": a participle, not the main verb.
    if (/ed$/.test(t.lower) && /^(to|by)$/.test(toks[i + 1]?.lower ?? "")) continue;
    // "bills paid with campaign funds were characterized": the finite verb comes later.
    if (/ed$/.test(t.lower) && toks.slice(i + 1, i + 6).some((x) => /^(was|were|is|are)$/.test(x.lower))) continue;
    if (t.lower === "said" && prev?.pos !== "PUNCT" && pick() < 0.5)
      return { at, length: 4, replacement: "may have said", change: "said → may have said", verb: "said" };
    const adverb = HEDGE_ADVERBS[Math.floor(pick() * HEDGE_ADVERBS.length)]!;
    // "was indicted": the fact is the participle, which the partner must share, not the auxiliary.
    const participle = toks.slice(i + 1, i + 4).find((x) => x.pos === "VERB");
    const verb = AUXILIARY.test(t.lower) ? participle?.lower : t.lower;
    if (!verb) return null;
    return { at, length: 0, replacement: `${adverb} `, change: `+${adverb} before "${t.text}"`, verb };
  }
  return null;
}

/** The partner states the hedged fact: it has the same verb, or (for a verb of saying) the same quoted words. */
function carries(a: EventDoc, sa: Sentence, b: EventDoc, sb: Sentence, verb: string): boolean {
  if (SAYING.test(verb)) {
    const quoted = (d: EventDoc, s: Sentence) => s.tokens.filter((t) => insideQuote(d.raw, t.start));
    return longestRun(quoted(a, sa), quoted(b, sb))[2] >= MIN_QUOTE_WORDS;
  }
  const stem = verb.slice(0, Math.max(4, verb.length - 2));
  return sb.tokens.some((t) => (stem.length < 4 ? t.word === verb : t.word.startsWith(stem)));
}

export function findHedges(corpus: Corpus, pick: () => number): Mutation[] {
  const out: Mutation[] = [];
  for (const [a, b] of outletPairs(corpus))
    for (const sa of a.sentences) {
      if (HEDGED.test(frame(sa))) continue;
      const hedge = hedgeOf(a, sa, pick);
      if (!hedge) continue;
      let best: { s: Sentence; rare: string[]; n: number } | null = null;
      for (const sb of b.sentences) {
        if (HEDGED.test(frame(sb)) || !carries(a, sa, b, sb, hedge.verb) || !finished(sb)) continue;
        const n = sharedContent(sa, sb).length;
        const rare = sharedRare(corpus, sa, sb);
        const overlap = n / Math.min(sa.content.size, sb.content.size);
        if (n < HEDGE_MIN_SHARED_CONTENT || rare.length < HEDGE_MIN_SHARED_RARE || overlap < HEDGE_MIN_OVERLAP)
          continue;
        if (!best || n > best.n) best = { s: sb, rare, n };
      }
      if (!best) continue;
      out.push({
        kind: "hedge",
        event: a.event,
        file: a.file,
        outlet: a.outlet,
        at: hedge.at,
        length: hedge.length,
        replacement: hedge.replacement,
        sentence: sa,
        partnerFile: b.file,
        partnerOutlet: b.outlet,
        // Anchor the partner on a shared rare word, inside whatever claim the pipeline cut there.
        partnerAt: best.s.tokens.find((t) => best.rare.includes(t.word))?.start ?? best.s.start,
        partnerSentence: best.s,
        change: hedge.change,
        evidence: `${best.n} shared words, rare: ${best.rare.join(", ")}`,
      });
    }
  return out;
}
