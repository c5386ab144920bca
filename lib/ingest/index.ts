import type { Article, Format, SourceDocument } from "./types";
import { blank, trimSpan } from "../text/span";
import { htmlTitle, htmlView, looksLikeHtml, MarkupTooDeepError } from "./html";
import { markdownView } from "./markdown";
import { layout } from "./layout";
import { HTML_COMMENT } from "./patterns";
import { isIsoDate } from "./dates";
import { IngestError } from "./errors";
import { contentHash } from "./hash";

export type { Article, ArticlePart, ManifestEntry, SourceDocument, IngestFailure } from "./types";
export { decodeArticle, MAX_ARTICLE_BYTES } from "./decode";
export { IngestError } from "./errors";
export { contentHash } from "./hash";

const HIDDEN = new Set(["furniture", "dateline", "byline"]);

/** One decoded document to an Article: its format, body, furniture, and the metadata it states. */
export function ingest(doc: SourceDocument, id: string): Article {
  const format = formatOf(doc);
  const base = format === "html" ? readableHtml(doc) : format === "markdown" ? markdownView(doc.raw) : doc.raw;
  const comments = [...base.matchAll(HTML_COMMENT)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const uncommented = blank(base, comments);
  const { parts, meta } = layout(uncommented);
  const view = blank(
    uncommented,
    parts.filter((p) => HIDDEN.has(p.kind)),
  );
  if (!/\p{L}/u.test(view))
    throw new IngestError(doc.file, "no readable text is left once markup and page furniture are removed");
  const body = trimSpan(view, { start: 0, end: view.length });
  const m = doc.manifest;
  const manifestDate = m?.publishedAt && isIsoDate(m.publishedAt) ? m.publishedAt : null;
  return {
    id,
    file: doc.file,
    raw: doc.raw,
    view,
    hash: contentHash(doc.raw),
    format,
    body,
    parts: [...comments.map((c) => ({ ...c, kind: "furniture" as const, reason: "stray HTML comment" })), ...parts],
    title: m?.title ?? (format === "html" ? htmlTitle(doc.raw) : null) ?? meta.title,
    outlet: m?.outlet ?? meta.outlet,
    outletFrom: m?.outlet ? "manifest" : meta.outlet ? "text" : null,
    publishedAt: manifestDate ?? meta.publishedAt,
    publishedFrom: manifestDate ? "manifest" : meta.publishedAt ? "text" : null,
    url: m?.url ?? null,
    cites: m?.cites ?? [],
    republishedFrom: m?.republishedFrom ?? meta.republishedFrom,
  };
}

function readableHtml(doc: SourceDocument): string {
  try {
    return htmlView(doc.raw);
  } catch (e) {
    if (e instanceof MarkupTooDeepError) throw new IngestError(doc.file, e.message);
    throw e;
  }
}

function formatOf(doc: SourceDocument): Format {
  if (/\.html?$/i.test(doc.file)) return "html";
  if (/\.(md|markdown)$/i.test(doc.file)) return "markdown";
  return looksLikeHtml(doc.raw) ? "html" : "text";
}
