import type { Article } from "../ingest/types";
import { lexicon } from "../lexicon/index";
import type { Claim, ClaimKind, Facets } from "./types";
import { parse } from "../text/nlp";
import { lines } from "../text/lines";
import { overlaps, type Span } from "../text/span";
import { sentenceContext, type ArticleScope, type SentenceContext } from "./context";
import { fold } from "../text/normalize";
import { sentences, type Sentence } from "./sentences";
import { quotes, quoteSpans } from "./quotes";
import { quantities } from "./quantities";
import { dates } from "./dates";
import { entities } from "./entities";
import { attribution } from "./attribution";
import { labels } from "./labels";
import { modality } from "./modality";
import { worthiness } from "./worthiness";
import { resolveReferences } from "./resolve";

export type * from "./types";
export type { SentenceContext } from "./context";

const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"]);
const MIN_WORDS = 4;

/**
 * The checkable claims of one article, each with typed facets whose spans point into the raw text.
 * `checkpoint` is called between pieces of work; a time budget throws from it.
 */
export function extract(article: Article, options: { whole?: boolean; checkpoint?: () => void } = {}): Claim[] {
  const checkpoint = options.checkpoint ?? (() => undefined);
  const parsed = parse(article.view, checkpoint);
  const scope: ArticleScope = {
    article,
    parsed,
    quotes: lines(article.view).flatMap((l) => quoteSpans(l.text, l.start)),
  };
  const claims: Claim[] = [];
  for (const sentence of options.whole ? wholeText(parsed) : sentences(parsed)) {
    checkpoint();
    const words = sentence.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
    if (words.length < MIN_WORDS && !options.whole) continue;
    const ctx = sentenceContext(scope, sentence, kindOf(article, sentence));
    const facets = facetsOf(ctx);
    if (!checkable(facets) && !options.whole) continue;
    // Captions label a picture; they are recognised as such and left out of the claims.
    if (ctx.kind === "caption" && !options.whole) continue;
    const { score, reasons } = worthiness(ctx, facets);
    claims.push({
      id: `${article.id}-c${claims.length + 1}`,
      articleId: article.id,
      start: sentence.start,
      end: sentence.end,
      text: article.raw.slice(sentence.start, sentence.end),
      kind: ctx.kind,
      worthiness: score,
      worthinessReasons: reasons,
      facets,
      terms: sentence.tokens
        .filter((t) => CONTENT_POS.has(t.pos) && !t.stop && /\p{L}|\d/u.test(t.text))
        .map((t) => fold(t.lemma)),
      verbs: sentence.tokens
        .filter((t) => t.pos === "VERB")
        .map((t) => ({
          start: t.start,
          end: t.end,
          lemma: t.lemma,
          reporting: lexicon.sources.reporting.has(t.lemma),
        })),
    });
  }
  resolveReferences(claims);
  return claims;
}

function facetsOf(ctx: SentenceContext): Facets {
  const sources = attribution(ctx);
  return {
    quotes: quotes(ctx),
    quantities: quantities(ctx),
    dates: dates(ctx),
    entities: entities(ctx),
    attribution: sources,
    labels: labels(ctx),
    modality: modality(ctx, sources),
  };
}

/** The whole text as one claim: for sentence pairs given to the matcher directly. */
function wholeText(parsed: ReturnType<typeof parse>): Sentence[] {
  const tokens = parsed.tokens.filter((t) => t.text.trim());
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first && last ? [{ start: first.start, end: last.end, tokens }] : [];
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
