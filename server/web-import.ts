import { z } from "zod";
import type { IngestFailure, SourceDocument } from "../lib/ingest/types";
import { decodeArticle, IngestError, MAX_ARTICLE_BYTES } from "../lib/ingest/index";
import { checkText } from "../lib/ingest/decode";
import { ARTICLE_EXTENSIONS } from "../lib/ingest/load";
import { importDocuments, type ImportResult } from "./import";
import { InvalidInputError } from "./errors";

export const MAX_UPLOAD_FILES = 50;

const pasted = z.object({
  text: z
    .string()
    .max(MAX_ARTICLE_BYTES, `pasted text is over the ${MAX_ARTICLE_BYTES}-character limit for one article`)
    .default(""),
  outlet: z.string().trim().max(200, "the outlet name is at most 200 characters").default(""),
  publishedAt: z
    .union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "the publication date must be YYYY-MM-DD")])
    .default(""),
  url: z.union([z.literal(""), z.string().url("the URL is not a valid address")]).default(""),
});

export type Upload = { name: string; bytes: Uint8Array };

/** The web front door: uploaded files and pasted text, each checked alone, then one import of what passed. */
export async function importFromWeb(fields: Record<string, unknown>, uploads: Upload[]): Promise<ImportResult> {
  const parsed = pasted.safeParse(fields);
  if (!parsed.success) throw new InvalidInputError(parsed.error.issues.map((i) => i.message).join("; "));
  if (uploads.length > MAX_UPLOAD_FILES)
    throw new InvalidInputError(`at most ${MAX_UPLOAD_FILES} files at once; ${uploads.length} were sent`);
  const documents: SourceDocument[] = [];
  const failures: IngestFailure[] = [];
  for (const u of uploads) {
    try {
      if (!ARTICLE_EXTENSIONS.test(u.name))
        throw new IngestError(u.name, "not an article: upload .txt, .md or .html files");
      documents.push({ file: u.name, raw: decodeArticle(u.name, u.bytes) });
    } catch (e) {
      failures.push({ file: u.name, reason: e instanceof IngestError ? e.reason : "the file could not be read" });
    }
  }
  const { text, outlet, publishedAt, url } = parsed.data;
  if (text.trim()) {
    const file = `pasted-${new Date().toISOString().replace(/[:.]/g, "-")}.txt`;
    documents.push({
      file,
      raw: checkText(file, text),
      manifest: { file, outlet: outlet || null, publishedAt: publishedAt || null, url: url || null },
    });
  }
  if (documents.length === 0 && failures.length === 0)
    throw new InvalidInputError("nothing to import: choose files or paste an article");
  return importDocuments(documents, failures);
}
