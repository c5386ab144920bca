import type { IngestFailure, SourceDocument } from "../lib/ingest/types";
import { defaultFetchOptions, fetchPage, FetchRefusal, type FetchOptions } from "./fetch-page";
import { pageDocument } from "./page-article";
import { importDocuments, type ImportResult } from "./import";

/** Fetch each URL and keep the pages that hold an article; a refused URL is a failure naming it and the reason. */
export async function fetchDocuments(
  urls: string[],
  options: FetchOptions = defaultFetchOptions(),
): Promise<{ documents: SourceDocument[]; failures: IngestFailure[] }> {
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
  return { documents, failures };
}

/** Fetch each URL and import the articles in one go; a refused URL never fails the rest. */
export async function importUrls(urls: string[], options: FetchOptions = defaultFetchOptions()): Promise<ImportResult> {
  const { documents, failures } = await fetchDocuments(urls, options);
  return importDocuments(documents, failures);
}
