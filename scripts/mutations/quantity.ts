// Quantities two outlets of one event both state for the same thing: same number, same counted noun, shared context.
import { LEADING_DIGIT, LOWER_BOUND, MIN_SHARED_RARE, MONTHS, NUMBER_WORDS, UPPER_BOUND } from "./config";
import { isContent, outletPairs, sharedRare, type Corpus } from "./corpus";
import type { EventDoc, Mutation, Sentence } from "./types";

const SCALE = /^(million|billion|trillion|percent|thousand|hundred)$/i;
const NOUN_WINDOW = 4;
const MONTH_BEFORE = new RegExp(`\\b(${MONTHS.join("|")}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.? $`);
const NUMBER_WORD_RE = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join("|")})\\b`, "gi");
// Digits not glued to letters, slashes, colons or other digits ("9/11", "3:30", "F-16", "2nd", "555-1234").
const DIGITS = /(?<![\p{L}\p{N}/:.,#-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\p{L}\p{N}/:]|[.,]\d|-\d)/gu;

type Found = { at: number; text: string; value: string; noun: string; replacement: string; before: string };

/** The thing counted: the first content word within a few tokens ("3 million people", "$250,000 in campaign funds"). */
function nounAfter(s: Sentence, end: number): string {
  const next = s.tokens.filter((t) => t.start >= end).slice(0, NOUN_WINDOW);
  const noun = next.find((t) => isContent(t.word) && !SCALE.test(t.word));
  return noun ? noun.word.replace(/s$/, "") : "";
}

function numbers(doc: EventDoc, s: Sentence): Found[] {
  const out: Found[] = [];
  for (const m of s.text.matchAll(DIGITS)) {
    const text = m[1]!;
    const at = s.start + m.index;
    const plain = text.replace(/,/g, "");
    const before = doc.raw.slice(Math.max(0, at - 24), at);
    // Years, list numbering, "No. 2" and single units are not comparable counts.
    if (/^(1[89]|20)\d\d$/.test(plain) || /^0/.test(plain) || plain === "1" || /No\. $/.test(before)) continue;
    // "Sept. 11", "June 14": a day of the month is a date, not a count.
    if (MONTH_BEFORE.test(before)) continue;
    const lineStart = at === 0 || doc.raw[at - 1] === "\n";
    if (lineStart && /^[.)]/.test(doc.raw.slice(at + text.length))) continue;
    const replacement = (LEADING_DIGIT[text[0]!] ?? "") + text.slice(1);
    if (!LEADING_DIGIT[text[0]!]) continue;
    out.push({ at, text, value: plain, noun: nounAfter(s, at + text.length), replacement, before });
  }
  for (const m of s.text.matchAll(NUMBER_WORD_RE)) {
    const text = m[1]!;
    const swap = NUMBER_WORDS[text.toLowerCase()]!;
    const replacement = /^[A-Z]/.test(text) ? swap[0]!.toUpperCase() + swap.slice(1) : swap;
    const at = s.start + m.index;
    // "tens of thousands" → "tens of hundreds" would not read as a number any more.
    if (/of $/.test(s.text.slice(0, m.index))) continue;
    const before = doc.raw.slice(Math.max(0, at - 24), at);
    out.push({ at, text, value: text.toLowerCase(), noun: nounAfter(s, at + text.length), replacement, before });
  }
  return out;
}

/** Whether the partner's own bound admits the planted value: "more than 250,000" holds for 550,000. */
function boundAdmits(partner: Found, planted: Found): boolean {
  const from = Number(planted.value);
  const to = Number(planted.replacement.replace(/,/g, ""));
  // Number words have no digits to compare: any bound on the partner could admit the swap.
  const up = Number.isFinite(from) && Number.isFinite(to) ? to > from : true;
  const down = Number.isFinite(from) && Number.isFinite(to) ? to < from : true;
  return (up && LOWER_BOUND.test(partner.before)) || (down && UPPER_BOUND.test(partner.before));
}

export function findQuantities(corpus: Corpus): Mutation[] {
  const out: Mutation[] = [];
  for (const [a, b] of outletPairs(corpus))
    for (const sa of a.sentences)
      for (const qa of numbers(a, sa)) {
        if (!qa.noun) continue;
        for (const sb of b.sentences) {
          const qb = numbers(b, sb).find((q) => q.value === qa.value && q.noun === qa.noun);
          if (!qb || boundAdmits(qb, qa)) continue;
          const rare = sharedRare(corpus, sa, sb, new Set([qa.noun, `${qa.noun}s`]));
          if (rare.length < MIN_SHARED_RARE) continue;
          out.push({
            kind: "quantity",
            event: a.event,
            file: a.file,
            outlet: a.outlet,
            at: qa.at,
            length: qa.text.length,
            replacement: qa.replacement,
            sentence: sa,
            partnerFile: b.file,
            partnerOutlet: b.outlet,
            partnerAt: qb.at,
            partnerSentence: sb,
            change: `${qa.text} ${qa.noun} → ${qa.replacement}`,
            evidence: `value+noun "${qa.value} ${qa.noun}", shared: ${rare.join(", ")}`,
          });
        }
      }
  return out;
}
