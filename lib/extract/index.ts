import type { Article } from "../ingest/types";
import type { Claim, ClaimKind, Facets } from "./types";
import { parse } from "../text/nlp";
import { lines } from "../text/lines";
import { overlaps, type Span } from "../text/span";
import { fold } from "../text/normalize";
import { sentences, type Sentence } from "./sentences";
import { quoteSpans } from "./quotes";
import { quantities } from "./quantities";
import { dates } from "./dates";
import { entities } from "./entities";
import { attribution } from "./attribution";
import { labels } from "./labels";
import { modality } from "./modality";
import { worthiness } from "./worthiness";
import { resolveReferences } from "./resolve";

export type * from "./types";

const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"]);
const MIN_WORDS = 4;

/** The checkable claims of one article, each with typed facets whose spans point into the raw text. */
export function extract(article: Article, options: { whole?: boolean } = {}): Claim[] {
  const view = article.view;
  const parsed = parse(view);
  const quotes = lines(view).flatMap((l) => quoteSpans(l.text, l.start));
  const claims: Claim[] = [];
  for (const sentence of options.whole ? wholeText(parsed) : sentences(parsed)) {
    const words = sentence.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
    if (words.length < MIN_WORDS && !options.whole) continue;
    const facets = facetsOf(
      sentence,
      article,
      parsed.entities.filter((e) => inside(parsed.tokens[e.first], sentence)),
      parsed.tokens,
      quotes,
    );
    if (!checkable(facets) && !options.whole) continue;
    const kind = kindOf(article, sentence);
    // Captions label a picture; they are recognised as such and left out of the claims.
    if (kind === "caption" && !options.whole) continue;
    const text = article.raw.slice(sentence.start, sentence.end);
    const { score, reasons } = worthiness(view.slice(sentence.start, sentence.end), kind, facets);
    claims.push({
      id: `${article.id}-c${claims.length + 1}`,
      articleId: article.id,
      start: sentence.start,
      end: sentence.end,
      text,
      kind,
      worthiness: score,
      worthinessReasons: reasons,
      facets,
      terms: sentence.tokens
        .filter((t) => CONTENT_POS.has(t.pos) && !t.stop && /\p{L}|\d/u.test(t.text))
        .map((t) => fold(t.lemma)),
    });
  }
  resolveReferences(claims);
  return claims;
}

function facetsOf(
  sentence: Sentence,
  article: Article,
  numeric: ReturnType<typeof parse>["entities"],
  all: ReturnType<typeof parse>["tokens"],
  quotes: Span[],
): Facets {
  const text = article.view.slice(sentence.start, sentence.end);
  const sources = attribution(sentence.tokens, article.view, 0);
  return {
    quotes: quotes
      .filter((q) => overlaps(q, sentence))
      .map((q) => {
        const start = Math.max(q.start, sentence.start);
        const end = Math.min(q.end, sentence.end);
        // Trim on the view: an entity such as "&ldquo;" leaves blanks there that are not words.
        const trimmed = trimQuote(article.view, start, end);
        return { ...trimmed, text: article.raw.slice(trimmed.start, trimmed.end), speaker: null };
      }),
    quantities: quantities(all, numeric, article.view, 0),
    dates: dates(text, sentence.start, article.publishedAt),
    entities: entities(sentence.tokens, article.view, 0),
    attribution: sources,
    labels: labels(text, sentence.start),
    modality: modality(unquoted(text, quotes, sentence.start), sources.length > 0),
  };
}

/** The whole text as one claim: for sentence pairs given to the matcher directly. */
function wholeText(parsed: ReturnType<typeof parse>): Sentence[] {
  const tokens = parsed.tokens.filter((t) => t.text.trim());
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first && last ? [{ start: first.start, end: last.end, tokens }] : [];
}

function inside(token: { start: number } | undefined, span: Span): boolean {
  return token !== undefined && token.start >= span.start && token.start < span.end;
}

function checkable(f: Facets): boolean {
  return (
    f.quotes.length > 0 ||
    f.quantities.length > 0 ||
    f.dates.length > 0 ||
    f.entities.length > 0 ||
    f.attribution.length > 0
  );
}

function kindOf(article: Article, sentence: Span): ClaimKind {
  const part = article.parts.find(
    (p) => overlaps(p, sentence) && (p.kind === "headline" || p.kind === "subhead" || p.kind === "caption"),
  );
  return (part?.kind as ClaimKind | undefined) ?? "statement";
}

/** Quoted words do not hedge the sentence that quotes them. */
function unquoted(text: string, quotes: Span[], offset: number): string {
  let out = text;
  for (const q of quotes) {
    const s = Math.max(0, q.start - offset);
    const e = Math.min(text.length, q.end - offset);
    if (e > s) out = out.slice(0, s) + " ".repeat(e - s) + out.slice(e);
  }
  return out;
}

function trimQuote(raw: string, start: number, end: number): Span {
  while (end > start && /[\s,.;:]/.test(raw[end - 1] ?? "")) end--;
  while (start < end && /\s/.test(raw[start] ?? "")) start++;
  return { start, end };
}
