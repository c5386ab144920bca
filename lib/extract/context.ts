import type { Article } from "../ingest/types";
import type { NumericEntity, Parsed, Token } from "../text/nlp";
import { overlaps, type Span } from "../text/span";
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
    numeric: parsed.entities.filter((e) => startsIn(parsed.tokens[e.first], sentence)),
    quotes: scope.quotes.filter((q) => overlaps(q, sentence)),
    lexicon,
  };
}

function startsIn(token: { start: number } | undefined, span: Span): boolean {
  return token !== undefined && token.start >= span.start && token.start < span.end;
}
