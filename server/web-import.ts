import { z } from "zod";
import type { IngestFailure, ManifestEntry, SourceDocument } from "../lib/ingest/types";
// Not lib/ingest/index: the route loads this module, and the full ingest pulls in the NLP model.
import { checkText, decodeArticle, MAX_ARTICLE_BYTES } from "../lib/ingest/decode";
import { IngestError } from "../lib/ingest/errors";
import { contentHash } from "../lib/ingest/hash";
import { ARTICLE_EXTENSIONS } from "../lib/ingest/load";
import { parseManifest } from "../lib/ingest/manifest";
import { isoDay, webUrl } from "../lib/ingest/fields";
import { InvalidInputError } from "./errors";
import { storedArticleByHash } from "./articles";
import { FIELD_CODES } from "./import-messages";
import { textField } from "./text-field";

export const MAX_UPLOAD_FILES = 50;
/** Pages fetched for one import: each takes up to the fetcher's time limit. */
export const MAX_URLS = 50;
const MANIFEST = "manifest.json";

const pasted = z.object({
  text: textField()
    .max(MAX_ARTICLE_BYTES, `pasted text is over the ${MAX_ARTICLE_BYTES}-character limit for one article`)
    .default(""),
  title: textField().trim().max(500, "the title is at most 500 characters").default(""),
  outlet: textField().trim().max(200, "the outlet name is at most 200 characters").default(""),
  publishedAt: z.union([z.literal(""), isoDay]).default(""),
  url: z.union([z.literal(""), webUrl]).default(""),
  urls: z
    .string()
    .max(MAX_URLS * 2048, "the list of addresses is too long")
    .default(""),
});

export type Upload = { name: string; bytes: Uint8Array };

/** A form's files as uploads; the empty part a form sends when no file was chosen is none. */
export async function uploadsOf(files: readonly File[]): Promise<Upload[]> {
  const chosen = files.filter((f) => f.size > 0 || f.name !== "");
  return Promise.all(chosen.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

/**
 * What the web import hands to a job: the documents, the files refused before any analysis, and `kept`, which says
 * why pasted text already stored keeps its old metadata.
 */
export type WebSubmission = {
  documents: SourceDocument[];
  failures: IngestFailure[];
  /** Article pages for the job to fetch: pasted one per line, checked to be web addresses, without repeats. */
  urls: string[];
  kept: string | null;
};

/**
 * The web front door: uploaded files (and a manifest.json beside them) and pasted text, checked and decoded here,
 * so a form that cannot be imported is refused at once; the import itself runs as a job.
 */
export async function webSubmission(fields: Record<string, unknown>, uploads: Upload[]): Promise<WebSubmission> {
  const parsed = pasted.safeParse(fields);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "");
    const message = parsed.error.issues.map((i) => i.message).join("; ");
    throw new InvalidInputError(message, FIELD_CODES[field] ?? "invalid_input");
  }
  if (uploads.length > MAX_UPLOAD_FILES)
    throw new InvalidInputError(
      `at most ${MAX_UPLOAD_FILES} files at once; ${uploads.length} were sent`,
      "too_many_files",
    );
  const failures: IngestFailure[] = [];
  const manifest = uploadedManifest(uploads, failures);
  const documents: SourceDocument[] = [];
  for (const u of uploads) {
    if (u.name === MANIFEST) continue;
    try {
      if (!ARTICLE_EXTENSIONS.test(u.name))
        throw new IngestError(u.name, "not an article: upload .txt, .md or .html files (and a manifest.json)");
      const entry = manifest.get(u.name);
      documents.push({ file: u.name, raw: decodeArticle(u.name, u.bytes), ...(entry ? { manifest: entry } : {}) });
    } catch (e) {
      failures.push({ file: u.name, reason: e instanceof IngestError ? e.reason : "the file could not be read" });
    }
  }
  const { text, title, outlet, publishedAt, url } = parsed.data;
  let kept: string | null = null;
  if (text.trim()) {
    const file = `pasted-${new Date().toISOString().replace(/[:.]/g, "-")}.txt`;
    const raw = checkText(file, text);
    const metadata = { outlet: outlet || null, publishedAt: publishedAt || null, url: url || null };
    kept = await keptMetadata(raw, metadata);
    documents.push({ file, raw, manifest: { file, ...metadata, ...(title ? { title } : {}) } });
  }
  const urls = pastedUrls(parsed.data.urls);
  if (documents.length === 0 && failures.length === 0 && urls.length === 0)
    throw new InvalidInputError(
      "nothing to import: choose files, paste an article or give addresses",
      "nothing_to_import",
    );
  return { documents, failures, urls, kept };
}

/** The uploaded manifest's entries by file name; a bad manifest is a failure and its articles come in bare. */
function uploadedManifest(uploads: Upload[], failures: IngestFailure[]): Map<string, ManifestEntry> {
  const file = uploads.find((u) => u.name === MANIFEST);
  if (!file) return new Map();
  try {
    return parseManifest(decodeArticle(MANIFEST, file.bytes));
  } catch (e) {
    const reason = e instanceof IngestError ? e.reason : (e as Error).message;
    failures.push({ file: MANIFEST, reason: `${reason}; its articles are imported without metadata` });
    return new Map();
  }
}

type Metadata = { outlet: string | null; publishedAt: string | null; url: string | null };

/**
 * Stored articles are never rewritten by an import (their claims, groups and reviews hang on them), so pasting a
 * stored text with other metadata is reported rather than silently called unchanged.
 */
async function keptMetadata(raw: string, given: Metadata): Promise<string | null> {
  const stored = await storedArticleByHash(contentHash(raw));
  if (!stored) return null;
  const differs =
    (given.outlet !== null && given.outlet !== stored.outlet) ||
    (given.publishedAt !== null && given.publishedAt !== stored.publishedAt) ||
    (given.url !== null && given.url !== stored.url);
  return differs ? "metadata-kept" : null;
}

/** The addresses pasted one per line: blank lines skipped, repeats once; a line that is no web address is refused. */
function pastedUrls(text: string): string[] {
  const lines = [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
  if (lines.length > MAX_URLS)
    throw new InvalidInputError(`at most ${MAX_URLS} addresses at once; ${lines.length} were given`, "too_many_urls");
  const bad = lines.find((l) => !webUrl.safeParse(l).success);
  if (bad !== undefined)
    throw new InvalidInputError(
      `not a web address starting with http:// or https://: ${bad.slice(0, 200)}`,
      "bad_urls",
    );
  return lines;
}
