import type { Prisma } from "../generated/prisma/client";
import type { Claim } from "../lib/extract/types";
import { extract } from "../lib/extract/index";
import { ingest } from "../lib/ingest/index";
import { indexNewTerms } from "./story-terms";
import { articleMetaSchema, extractionSchema, readJson, toJson } from "./stored-json";

type Tx = Prisma.TransactionClient;

/** The article's id inside the pipeline: stable, because it is the row's. */
export const pipelineId = (rowId: number) => `a${rowId}`;

type Row = { id: number; file: string; raw: string; meta: Prisma.JsonValue };
const ROW_SELECT = { id: true, file: true, raw: true, meta: true } as const;

export function ingestRow(row: Row) {
  const meta = readJson(articleMetaSchema, row.meta, "Article.meta");
  const document = { file: row.file, raw: row.raw, ...(meta.manifest ? { manifest: meta.manifest } : {}) };
  return ingest(document, pipelineId(row.id));
}

/** The article id an import extracts under before the row (and so its pipeline id) exists. */
export const UNSTORED = "unstored";

/**
 * Claims as they belong to the row: ids and article id under the row's pipeline id. An import keeps claims as
 * extracted, before the row (and so its id) existed, and every read puts them under the row's id.
 */
export function underRow(rowId: number, claims: Claim[]): Claim[] {
  const articleId = pipelineId(rowId);
  return claims.map((c) => ({ ...c, id: `${articleId}${c.id.slice(c.articleId.length)}`, articleId }));
}

/** Keep an article's claims with its row, and its story terms; later re-analyses read them back. */
export async function keepExtraction(tx: Tx, rowId: number, claims: Claim[]): Promise<Claim[]> {
  const kept = underRow(rowId, claims);
  await tx.article.update({ where: { id: rowId }, data: { extraction: toJson(kept), termsIndexed: true } });
  await indexNewTerms(tx, [{ rowId, claims: kept }]);
  return kept;
}

/** An article's stored claims; a row stored before extraction was kept with the article is extracted once now. */
export async function claimsOfRow(tx: Tx, row: { id: number; extraction: Prisma.JsonValue | null }): Promise<Claim[]> {
  if (row.extraction !== null)
    return underRow(row.id, readJson(extractionSchema, row.extraction, "Article.extraction"));
  const full = await tx.article.findUniqueOrThrow({ where: { id: row.id }, select: ROW_SELECT });
  return keepExtraction(tx, row.id, extract(ingestRow(full)));
}
