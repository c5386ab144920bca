import { db } from "./db";
import { NotFoundError } from "./errors";
import { readArticleMeta, readFacets } from "./stored-json";
import { articleNameSelect, named } from "./article-names";
import { versionChanges } from "../lib/present/versions";

/**
 * A file's name as an editor gave it, without the folders it was read from: a command-line import stores the path
 * on the server, and pages are seen by every visitor.
 */
export function shownFileName(file: string): string {
  return file.split(/[\\/]/).filter(Boolean).pop() ?? file;
}

/** The articles that take part in analysis: an earlier version of a page is reached from its later one. */
export async function listArticles() {
  const rows = await db().article.findMany({
    where: { next: null },
    // Undated articles first on both providers (PostgreSQL would put NULL last).
    orderBy: [{ publishedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    select: { ...articleNameSelect, publishedAt: true, story: true, _count: { select: { claims: true } } },
  });
  return rows.map((r) => ({ ...named(r), file: shownFileName(r.file) }));
}

export async function listOutlets() {
  return db().outlet.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { articles: true } } } });
}

export async function getArticle(id: number) {
  const article = await db().article.findUnique({
    where: { id },
    include: {
      outlet: true,
      claims: { orderBy: { start: "asc" }, include: { group: { select: { key: true, rank: true, verdict: true } } } },
      previous: { select: { id: true, importedAt: true, raw: true, bodyStart: true, bodyEnd: true, meta: true } },
      next: { select: { id: true, importedAt: true } },
    },
  });
  if (!article) throw new NotFoundError(`Article ${id}`);
  const meta = readArticleMeta(article.id, article.meta);
  const { previous, next, ...rest } = article;
  return {
    ...rest,
    file: shownFileName(article.file),
    meta,
    versions: {
      previous: previous && {
        id: previous.id,
        importedAt: previous.importedAt,
        changes: versionChanges(
          { ...previous, format: readArticleMeta(previous.id, previous.meta).format },
          {
            ...article,
            format: meta.format,
          },
        ),
      },
      next,
    },
    claims: article.claims.map((c) => ({ ...c, facets: readFacets(c.id, c.facets) })),
  };
}

export async function recentFailures() {
  const rows = await db().importFailure.findMany({ orderBy: { id: "desc" }, take: 20 });
  return rows.map((r) => ({ ...r, file: shownFileName(r.file) }));
}

/** The stored article with this content hash, with the metadata an editor can see. */
export async function storedArticleByHash(hash: string) {
  const row = await db().article.findUnique({
    where: { hash },
    select: { id: true, publishedAt: true, url: true, outlet: { select: { name: true } } },
  });
  return row && { id: row.id, publishedAt: row.publishedAt, url: row.url, outlet: row.outlet?.name ?? null };
}
