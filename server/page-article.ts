import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ManifestEntry, SourceDocument } from "../lib/ingest/types";
import { htmlView } from "../lib/ingest/html";
import { FetchRefusal, type FetchedPage } from "./fetch-page";
import { pageMetadata } from "./page-metadata";
import { withinReadabilityBounds } from "./page-bounds";
import { trustedCanonical } from "./canonical-url";

// Fewer characters of readable text than this is a page without an article (an index, a login wall, an error page).
export const MIN_ARTICLE_CHARS = 200;

/**
 * A fetched page as the pipeline's input: the raw HTML as received (offsets point into it), and what the page itself
 * states of outlet, headline, authors, dates and canonical URL (meta tags and JSON-LD, then Readability's guesses).
 */
export function pageDocument(page: FetchedPage): SourceDocument {
  if (page.contentType === "text/plain")
    return { file: page.url, raw: page.body, manifest: { file: page.url, url: page.url } };
  const { document } = parseHTML(page.body);
  // Readability rewrites the document it reads, so metadata is taken first.
  const stated = pageMetadata(document);
  // Past the bounds Readability would take minutes or overflow the stack: the in-house text (what ingest keeps)
  // decides whether there is an article, and the page's own metadata names it.
  const article = withinReadabilityBounds(document) ? new Readability(document as unknown as Document).parse() : null;
  const text = article ? (article.textContent?.trim() ?? "") : htmlView(page.body).replace(/\s+/g, " ").trim();
  if (text.length < MIN_ARTICLE_CHARS)
    throw new FetchRefusal(page.requested, `no article found on the page (${text.length} characters of text)`);
  const url = trustedCanonical(stated.canonical, page);
  const manifest: ManifestEntry = {
    file: url,
    url,
    outlet: stated.outlet ?? article?.siteName ?? null,
    title: article?.title || stated.title,
    publishedAt: isoDate(stated.publishedTime ?? article?.publishedTime ?? null),
    modifiedAt: isoDate(stated.modifiedTime),
    authors: stated.authors.length ? stated.authors : byline(article?.byline),
  };
  return { file: url, raw: page.body, manifest };
}

/** The calendar date of a stated timestamp, as the manifest keeps dates (YYYY-MM-DD). */
function isoDate(stated: string | null): string | null {
  return /^\d{4}-\d{2}-\d{2}/.exec(stated ?? "")?.[0] ?? null;
}

/** Readability's byline ("By Ann Lee and Bo Chan") as names, or none. */
function byline(text: string | null | undefined): string[] {
  const names = (text ?? "").replace(/^\s*by\s+/i, "").trim();
  return names ? names.split(/\s*(?:,|\band\b)\s*/).filter(Boolean) : [];
}
