import type { IngestFailure, SourceDocument } from "../lib/ingest/types";
import { defaultFetchOptions, fetchPage, FetchRefusal, type FetchedPage, type FetchOptions } from "./fetch-page";
import { pageDocument } from "./page-article";
import { importDocuments, type ImportOptions, type ImportResult } from "./import";
import type { OnProgress } from "../lib/ingest/progress";

/** Fetch each URL and keep the pages that hold an article; a refused URL is a failure naming it and the reason. */
export async function fetchDocuments(
  urls: string[],
  options: FetchOptions = defaultFetchOptions(),
  onProgress: OnProgress = () => {},
): Promise<{ documents: SourceDocument[]; failures: IngestFailure[] }> {
  const documents: SourceDocument[] = [];
  const failures: IngestFailure[] = [];
  for (const url of urls) {
    try {
      const document = readPage(await fetchPage(url, options));
      documents.push(document);
      onProgress({ source: url, state: "fetched", ...(document.file === url ? {} : { file: document.file }) });
    } catch (e) {
      if (!(e instanceof FetchRefusal)) throw e;
      failures.push({ file: url, reason: e.reason });
      onProgress({ source: url, state: "failed", reason: e.reason });
    }
  }
  return { documents, failures };
}

/**
 * The page's article, or a refusal naming the page: whatever parsing a hostile page throws (a stack overflow, markup
 * nested past ingest's limit) is that page's failure, never the batch's. Only the error's message is kept.
 */
function readPage(page: FetchedPage): SourceDocument {
  // PostgreSQL cannot store a NUL character, and no article holds one: refused here, it fails this page alone.
  if (page.body.includes("\0")) throw new FetchRefusal(page.requested, "the page holds NUL characters: it is not text");
  try {
    return pageDocument(page);
  } catch (e) {
    if (e instanceof FetchRefusal) throw e;
    throw new FetchRefusal(page.requested, `the page could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Fetch each URL and import the articles in one go; a refused URL never fails the rest. */
export async function importUrls(
  urls: string[],
  options: FetchOptions = defaultFetchOptions(),
  progress: ImportOptions = {},
): Promise<ImportResult> {
  for (const url of urls) progress.onProgress?.({ source: url, state: "queued" });
  const { documents, failures } = await fetchDocuments(urls, options, progress.onProgress);
  return importDocuments(documents, failures, progress);
}
