import type { IngestFailure, SourceDocument } from "../lib/ingest/types";
import { defaultFetchOptions, fetchPage, FetchRefusal, type FetchOptions } from "./fetch-page";
import { pageDocument } from "./page-article";
import { importDocuments, type ImportResult } from "./import";

/**
 * Fetch each URL, keep the pages that hold an article, and import them in one go; a refused URL never fails the rest.
 */
export async function importUrls(urls: string[], options: FetchOptions = defaultFetchOptions()): Promise<ImportResult> {
  const documents: SourceDocument[] = [];
  const failures: IngestFailure[] = [];
  for (const url of urls) {
    try {
      documents.push(pageDocument(await fetchPage(url, options)));
    } catch (e) {
      if (!(e instanceof FetchRefusal)) throw e;
      failures.push({ file: url, reason: e.reason });
    }
  }
  return importDocuments(documents, failures);
}
