import type { Token } from "../text/nlp";
import type { Qualifier, Quantity } from "./types";
import type { SentenceContext } from "./context";
import { overlaps } from "../text/span";
import { lexicon } from "../lexicon/index";

const { roundPlurals, roundScalers, roundSingulars, qualifiers } = lexicon.quantities;
const { partialCount } = lexicon.facts;
const NOUNISH = new Set(["NOUN", "PROPN"]);
/** Words between the round figure and its noun that do not end the noun phrase: "thousands more federal boots". */
const MODIFIERS = new Set(["ADJ", "NOUN", "PROPN", "VERB"]);

/**
 * Counts stated without a figure: "hundreds of lawsuits", "tens of thousands of people", "a dozen relatives".
 * wink leaves them out of its numbers, yet "hundreds" against "thousands" is a discrepancy an editor wants.
 */
export function roundCounts(ctx: SentenceContext, found: Quantity[]): Quantity[] {
  const { tokens, view } = ctx;
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const figure = roundFigure(tokens, i);
    if (!figure) continue;
    const head = headNoun(tokens, figure.last + 1);
    if (!head) continue;
    const start = tokens[figure.first]!.start;
    const span = { start, end: head.end };
    if (found.some((q) => overlaps(q, span))) continue;
    const before = view.slice(Math.max(0, start - 30), start);
    const stated = qualifiers.find(([re]) => re.test(`${before} `))?.[1];
    out.push({
      ...span,
      text: view.slice(span.start, span.end),
      value: figure.value,
      unit: head.lemma,
      dimension: "count",
      qualifier: figure.qualifier === "several" ? "several" : (stated ?? "exact"),
    });
    i = figure.last;
  }
  return out;
}

type Figure = { first: number; last: number; value: number; qualifier: Qualifier };

function roundFigure(tokens: Token[], i: number): Figure | null {
  const word = tokens[i]!.lower;
  const scaled = roundScalers[word] !== undefined && tokens[i + 1]?.lower === "of" ? tokens[i + 2]?.lower : undefined;
  if (scaled && roundPlurals[scaled] !== undefined)
    return { first: i, last: i + 2, value: roundScalers[word]! * roundPlurals[scaled]!, qualifier: "several" };
  if (roundPlurals[word] !== undefined) return { first: i, last: i, value: roundPlurals[word]!, qualifier: "several" };
  if (roundSingulars[word] !== undefined && tokens[i - 1]?.lower === "a")
    return { first: i - 1, last: i, value: roundSingulars[word]!, qualifier: "exact" };
  return null;
}

/** The noun a round figure counts: after an optional "of", the last noun of the phrase that follows. */
function headNoun(tokens: Token[], from: number): Token | null {
  let j = tokens[from]?.lower === "of" ? from + 1 : from;
  let head: Token | null = null;
  const inPhrase = (t: Token) => (MODIFIERS.has(t.pos) || partialCount.test(t.lower)) && !/^\p{P}/u.test(t.text);
  for (; j < tokens.length && inPhrase(tokens[j]!); j++)
    if (NOUNISH.has(tokens[j]!.pos)) head = tokens[j]!;
    else if (head) break;
  return head;
}
