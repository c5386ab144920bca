import { htmlView } from "./html";
import type { Span } from "../text/span";

/**
 * The words a reader sees in an article's body: markup, scripts and comments blanked, white space folded. Two
 * fetches of one page can differ in their bytes (a nonce, an ad slot, a timestamp) and not in these; only a change
 * here makes a new version of the article.
 */
export function visibleWords(raw: string, body: Span): string {
  return htmlView(raw).slice(body.start, body.end).split(/\s+/).filter(Boolean).join(" ");
}
