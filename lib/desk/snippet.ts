import { decodeEntities } from "../ingest/html";
import { clipAtWord } from "../present/clip";

/** Characters of context either side of a search hit in an article's text. */
export const SNIPPET_CONTEXT = 80;

/**
 * A stretch of an article's text around the first of the words it contains, markup dropped and entities decoded, so
 * a search result shows why the article matched. The article's opening when none is in the text (the headline
 * matched).
 */
export function snippetAround(raw: string, words: readonly string[]): string {
  const text = decodeEntities(raw).replace(/\s+/g, " ").trim();
  const lower = text.toLowerCase();
  const hits = words.map((w) => lower.indexOf(w)).filter((i) => i >= 0);
  if (hits.length === 0) return clipAtWord(text, 2 * SNIPPET_CONTEXT);
  const at = Math.min(...hits);
  const start = Math.max(0, at - SNIPPET_CONTEXT);
  const head = start > 0 ? `…${text.slice(start).replace(/^\S*\s/, "")}` : text;
  return clipAtWord(head, 2 * SNIPPET_CONTEXT + (at - start > 0 ? 1 : 0));
}
