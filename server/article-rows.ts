import type { Prisma } from "../generated/prisma/client";
import type { Article, SourceDocument } from "../lib/ingest/types";
import type { Claim } from "../lib/extract/types";
import { insertRows, jsonCell, type Cell } from "./raw-rows";

type Tx = Prisma.TransactionClient;

/** A new article as an import stores it: the document, what ingest and extraction made of it, and where it goes. */
export type ArticleRow = {
  doc: SourceDocument;
  article: Article;
  claims: Claim[];
  outletId: number | null;
  previousId: number | null;
  story: string | null;
  placed: boolean;
};

/** A stored article's row id, with the claims kept with it (under the import's placeholder id). */
export type StoredArticle = { rowId: number; claims: Claim[] };

const COLUMNS = [
  "previousId",
  "story",
  "placed",
  "hash",
  "file",
  "title",
  "raw",
  "bodyStart",
  "bodyEnd",
  "outletId",
  "publishedAt",
  "url",
  "meta",
  "extraction",
  "termsIndexed",
  "importedAt",
];

/**
 * Store new articles in a few multi-row statements, in the order given. Each keeps its claims as extracted, under
 * the import's placeholder id: reads put them under the row's id (underRow in server/kept-claims.ts). Its terms are
 * indexed by the caller (termsIndexed).
 */
export async function insertArticles(tx: Tx, rows: ArticleRow[]): Promise<StoredArticle[]> {
  if (rows.length === 0) return [];
  const importedAt = new Date();
  const cells = rows.map(({ doc, article, claims, outletId, previousId, story, placed }): Cell[] => [
    previousId,
    story,
    placed,
    article.hash,
    doc.file,
    article.title,
    doc.raw,
    article.body.start,
    article.body.end,
    outletId,
    article.publishedAt,
    article.url,
    jsonCell({
      manifest: doc.manifest ?? null,
      outletFrom: article.outletFrom,
      publishedFrom: article.publishedFrom,
      cites: article.cites,
      republishedFrom: article.republishedFrom,
      parts: article.parts,
      format: article.format,
    }),
    jsonCell(claims),
    true,
    importedAt,
  ]);
  const stored = await insertRows<{ id: number | bigint; hash: string }>(tx, "Article", COLUMNS, cells, ["id", "hash"]);
  const idOf = new Map(stored.map((r) => [r.hash, Number(r.id)]));
  return rows.map(({ article, claims }) => ({ rowId: idOf.get(article.hash)!, claims }));
}
