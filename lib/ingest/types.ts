import type { Span } from "../text/span";

export type ManifestEntry = {
  file: string;
  outlet?: string | null;
  publishedAt?: string | null;
  /** When the page says it was last changed (YYYY-MM-DD). */
  modifiedAt?: string | null;
  authors?: string[];
  url?: string | null;
  title?: string | null;
  cites?: string[];
  republishedFrom?: string | null;
};

/** One article as it reached us: the decoded text and whatever the manifest says of it. */
export type SourceDocument = {
  file: string;
  raw: string;
  manifest?: ManifestEntry;
};

export type PartKind = "headline" | "subhead" | "dateline" | "byline" | "caption" | "furniture";

export type ArticlePart = Span & { kind: PartKind; reason: string };

export type Format = "text" | "markdown" | "html";

export type Article = {
  id: string;
  file: string;
  raw: string;
  /** raw with markup and furniture blanked to spaces: same length, so offsets hold in both. */
  view: string;
  hash: string;
  format: Format;
  body: Span;
  parts: ArticlePart[];
  title: string | null;
  outlet: string | null;
  outletFrom: "manifest" | "text" | null;
  publishedAt: string | null;
  publishedFrom: "manifest" | "text" | null;
  url: string | null;
  cites: string[];
  republishedFrom: string | null;
};

export type IngestFailure = { file: string; reason: string };
