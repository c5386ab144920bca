import type { Article } from "../ingest/types";
import type { NumericEntity, Parsed, Token } from "../text/nlp";
import type { Span } from "../text/span";
import type { ClaimKind } from "./types";
import type { Sentence } from "./sentences";
import { lexicon, type Lexicon } from "../lexicon/index";

/**
 * Everything a facet extractor may read about one sentence: each extractor takes this one argument, so a new
 * facet needs no new plumbing. Offsets are article offsets; they index `raw` and `view` alike.
 */
export type SentenceContext = Span & {
  /** The sentence's tokens, blank ones removed. */
  tokens: Token[];
  /** The sentence as it stands in the view: markup and furniture blanked to spaces. */
  text: string;
  /** The whole article, raw and with markup blanked; same length, same offsets. */
  raw: string;
  view: string;
  /** YYYY-MM-DD when the article states it, for resolving "Wednesday" or "last week". */
  publishedAt: string | null;
  /** Headline, subhead, caption or body text. */
  kind: ClaimKind;
  /** Every token of the article: wink's numeric entities index into this array. */
  articleTokens: Token[];
  /** wink's numeric entities (numbers, money, percentages, durations) that start in the sentence. */
  numeric: NumericEntity[];
  /** Quoted stretches of the article that overlap the sentence, found once per article across line breaks. */
  quotes: Span[];
  lexicon: Lexicon;
};

/** What a sentence's context draws from its article, computed once per article. */
export type ArticleScope = { article: Article; parsed: Parsed; quotes: Span[] };

/** Entities and quotes in article order with their start offsets, so each sentence finds its own by bisection. */
type Sorted<T> = { items: T[]; starts: number[] };
type SortedQuotes = Sorted<Span> & { maxEnd: number[]; order: Map<Span, number> };
const sortedCache = new WeakMap<ArticleScope, { entities: Sorted<NumericEntity>; quotes: SortedQuotes }>();

function sortedOf(scope: ArticleScope) {
  let cached = sortedCache.get(scope);
  if (!cached) {
    const start = (e: NumericEntity) => scope.parsed.tokens[e.first]?.start ?? -1;
    const entities = [...scope.parsed.entities].sort((a, b) => start(a) - start(b));
    const quotes = [...scope.quotes].sort((a, b) => a.start - b.start);
    cached = {
      entities: { items: entities, starts: entities.map(start) },
      quotes: {
        items: quotes,
        starts: quotes.map((q) => q.start),
        maxEnd: runningMax(quotes.map((q) => q.end)),
        order: new Map(scope.quotes.map((q, i) => [q, i])),
      },
    };
    sortedCache.set(scope, cached);
  }
  return cached;
}

function runningMax(values: number[]): number[] {
  let max = -Infinity;
  return values.map((v) => (max = Math.max(max, v)));
}

/** The first index whose start is at least `at`. */
function lowerBound(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items starting in [from, to), in order; linear in what is found, not in the article. */
function startingIn<T>(sorted: Sorted<T>, from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted.starts, from); i < sorted.starts.length && sorted.starts[i]! < to; i++)
    out.push(sorted.items[i]!);
  return out;
}

/**
 * Quotes overlapping the span, in the article's own order: those starting inside it, and earlier ones still open
 * at its start (the running maximum of ends says when no earlier one can be).
 */
function quotesOver(sorted: SortedQuotes, span: Span): Span[] {
  const found = startingIn(sorted, span.start, span.end);
  for (let i = lowerBound(sorted.starts, span.start) - 1; i >= 0 && sorted.maxEnd[i]! > span.start; i--) {
    if (sorted.items[i]!.end > span.start) found.push(sorted.items[i]!);
  }
  return found.sort((a, b) => sorted.order.get(a)! - sorted.order.get(b)!);
}

/** The context of one sentence of an article. */
export function sentenceContext(scope: ArticleScope, sentence: Sentence, kind: ClaimKind): SentenceContext {
  const { article, parsed } = scope;
  return {
    start: sentence.start,
    end: sentence.end,
    tokens: sentence.tokens,
    text: article.view.slice(sentence.start, sentence.end),
    raw: article.raw,
    view: article.view,
    publishedAt: article.publishedAt,
    kind,
    articleTokens: parsed.tokens,
    numeric: startingIn(sortedOf(scope).entities, sentence.start, sentence.end),
    quotes: quotesOver(sortedOf(scope).quotes, sentence),
    lexicon,
  };
}
