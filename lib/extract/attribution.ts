import type { Token } from "../text/nlp";
import type { Source, SourceKind } from "./types";
import type { SentenceContext } from "./context";
import { fold } from "../text/normalize";
import { countryOf, lexicon } from "../lexicon/index";

const { reporting: REPORTING, citing: CITING, inverting: INVERTING, publishing: PUBLISHING } = lexicon.sources;
const { nounPhraseLinks: NP_LINKS, pronoun: PRONOUN, publication: PUBLICATION } = lexicon.sources;
const { anonymous: ANONYMOUS, official: OFFICIAL, noise: GENERIC } = lexicon.sources;
const TIME_WORD = lexicon.calendar.timeWord;
const NP_POS = new Set(["PROPN", "NOUN", "ADJ", "DET", "NUM"]);

/**
 * Who says so in one sentence, outermost first. News puts the outer source last ("..., the report said"),
 * so a trailing attribution leads the chain; "citing Y" follows the source that cites.
 */
export function attribution(ctx: SentenceContext): Source[] {
  const { tokens, view: text } = ctx;
  const offset = 0;
  const trailing: Source[] = [];
  const inner: Source[] = [];
  let lastAdded: Source[] = inner;
  tokens.forEach((t, i) => {
    if (t.lower === "according" && tokens[i + 1]?.lower === "to") {
      push(inner, tokens, nounPhraseAfter(tokens, i + 2), text, offset, false);
      return;
    }
    if (!REPORTING.has(t.lemma) || t.pos !== "VERB" || tokens[i - 1]?.lower === "to") return;
    if (CITING.has(t.lemma)) {
      push(lastAdded, tokens, nounPhraseAfter(tokens, i + 1), text, offset, true);
      return;
    }
    if (t.lower.endsWith("ing")) return;
    const late = i > tokens.length / 2 && tokens.slice(0, i).some((p) => p.text === "," || /[”"]/.test(p.text));
    const target = late ? trailing : inner;
    const before = nounPhraseBefore(tokens, i - 1);
    const inverted = !before && /^[,”"’]$/.test(tokens[i - 1]?.text ?? "") && INVERTING.has(t.lemma);
    const range = before ?? (inverted ? nounPhraseAfter(tokens, i + 1) : null);
    if (push(target, tokens, range, text, offset, PUBLISHING.has(t.lemma))) lastAdded = target;
  });
  return [...trailing, ...inner];
}

function push(
  found: Source[],
  tokens: Token[],
  range: [number, number] | null,
  text: string,
  offset: number,
  publishes: boolean,
): boolean {
  const first = range && tokens[range[0]];
  const last = range && tokens[range[1]];
  if (!first || !last) return false;
  const surface = text.slice(first.start - offset, last.end - offset);
  let kind = sourceKind(surface);
  // sourceKind() names no organisation: a name that reports or writes is read as a person until here.
  if (publishes && kind === "person") kind = "publication";
  found.push({ start: first.start, end: last.end, text: surface, kind, canonical: canonicalSource(surface) });
  return true;
}

function nounPhraseBefore(tokens: Token[], from: number): [number, number] | null {
  let e = from;
  while (e >= 0 && (tokens[e]!.pos === "ADV" || tokens[e]!.pos === "AUX")) e--;
  const end = tokens[e];
  if (!end) return null;
  if (end.pos === "PRON" && PRONOUN.test(end.text)) return [e, e];
  if (end.text === ")") {
    while (e >= 0 && tokens[e]!.text !== "(") e--;
    e--;
  }
  if (!tokens[e] || !["PROPN", "NOUN", "NUM"].includes(tokens[e]!.pos)) return null;
  let s = e;
  while (s > 0) {
    const prev = tokens[s - 1]!;
    if (NP_POS.has(prev.pos) || NP_LINKS.has(prev.lower) || (prev.pos === "PART" && /'s|’s/.test(prev.text))) s--;
    else break;
  }
  while (s < e && (NP_LINKS.has(tokens[s]!.lower) || tokens[s]!.pos === "ADP")) s++;
  return [s, endOfParens(tokens, from, e)];
}

function endOfParens(tokens: Token[], from: number, e: number): number {
  return tokens[e + 1]?.text === "(" && tokens.slice(e + 1, from + 1).some((t) => t.text === ")")
    ? tokens.findIndex((t, k) => k > e && t.text === ")")
    : e;
}

function nounPhraseAfter(tokens: Token[], from: number): [number, number] | null {
  let s = from;
  while (tokens[s] && (tokens[s]!.pos === "ADV" || tokens[s]!.pos === "ADP" || TIME_WORD.test(tokens[s]!.text))) s++;
  if (!tokens[s] || !(NP_POS.has(tokens[s]!.pos) || tokens[s]!.pos === "PRON")) return null;
  let e = s;
  while (
    tokens[e + 1] &&
    (NP_POS.has(tokens[e + 1]!.pos) ||
      (NP_LINKS.has(tokens[e + 1]!.lower) && tokens[e + 2] && NP_POS.has(tokens[e + 2]!.pos)) ||
      (tokens[e + 1]!.pos === "PART" && /'s|’s/.test(tokens[e + 1]!.text)))
  )
    e++;
  while (e > s && tokens[e]!.pos !== "NOUN" && tokens[e]!.pos !== "PROPN") e--;
  if (!["NOUN", "PROPN", "PRON"].includes(tokens[e]!.pos)) return null;
  return [s, e];
}

export function sourceKind(surface: string): SourceKind {
  if (PRONOUN.test(surface)) return "pronoun";
  if (countryOf(surface)) return "official";
  if (PUBLICATION.test(surface)) return "publication";
  const named = /\p{Lu}/u.test(surface.replace(/^\p{Lu}/u, ""));
  if (ANONYMOUS.test(surface) && !named) return "anonymous";
  if (OFFICIAL.test(surface)) return "official";
  return named || /^\p{Lu}/u.test(surface) ? "person" : "anonymous";
}

export function canonicalSource(surface: string): string {
  // Nationality adjectives ("a local French newspaper") say where, not who.
  const words = fold(surface)
    .replace(/['’]s\b/g, "")
    .replace(/\([^)]*\)/g, "")
    .replace(GENERIC, " ")
    .split(/[^\p{L}\p{N}]+/u);
  return words.filter((w) => w && countryOf(w)?.via !== "demonym").join(" ");
}
