import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ManifestEntry, SourceDocument } from "../lib/ingest/types";
import { FetchRefusal, type FetchedPage } from "./fetch-page";
import { pageMetadata } from "./page-metadata";

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
  const article = new Readability(document as unknown as Document).parse();
  const text = article?.textContent?.trim() ?? "";
  if (text.length < MIN_ARTICLE_CHARS)
    throw new FetchRefusal(page.requested, `no article found on the page (${text.length} characters of text)`);
  const url = absolute(stated.canonical, page.url) ?? page.url;
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

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
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
