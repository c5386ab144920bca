import type { Prisma } from "../generated/prisma/client";
import type { ManifestEntry, SourceDocument } from "../lib/ingest/types";
import { db } from "./db";
import { NotFoundError } from "./errors";
import { articleNameSelect, named } from "./article-names";

type Reader = Prisma.TransactionClient;

/** Every stored article back as the pipeline's input, so re-analysis sees exactly what was imported. */
export async function storedDocuments(
  tx: Reader,
): Promise<{ rowId: number; hash: string; document: SourceDocument }[]> {
  const rows = await tx.article.findMany({ orderBy: { id: "asc" } });
  return rows.map((r) => {
    const meta = JSON.parse(r.meta) as { manifest?: ManifestEntry | null };
    return {
      rowId: r.id,
      hash: r.hash,
      document: { file: r.file, raw: r.raw, ...(meta.manifest ? { manifest: meta.manifest } : {}) },
    };
  });
}

export async function listArticles() {
  const rows = await db().article.findMany({
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: { ...articleNameSelect, publishedAt: true, story: true, _count: { select: { claims: true } } },
  });
  return rows.map(named);
}

export async function listOutlets() {
  return db().outlet.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { articles: true } } } });
}

export async function getArticle(id: number) {
  const article = await db().article.findUnique({
    where: { id },
    include: {
      outlet: true,
      claims: { orderBy: { start: "asc" }, include: { group: { select: { id: true, verdict: true } } } },
    },
  });
  if (!article) throw new NotFoundError(`Article ${id}`);
  return article;
}

export async function recentFailures() {
  return db().importFailure.findMany({ orderBy: { id: "desc" }, take: 20 });
}
