import { db } from "./db";
import { NotFoundError } from "./errors";
import { articleMetaSchema, readJson, storedFacetsSchema } from "./json-columns";

export async function listArticles() {
  return db().article.findMany({
    // Undated articles first on both providers (PostgreSQL would put NULL last).
    orderBy: [{ publishedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    select: {
      id: true,
      file: true,
      title: true,
      publishedAt: true,
      story: true,
      outlet: { select: { name: true } },
      _count: { select: { claims: true } },
    },
  });
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
  return {
    ...article,
    meta: readJson(articleMetaSchema, article.meta, "Article.meta"),
    claims: article.claims.map((c) => ({ ...c, facets: readJson(storedFacetsSchema, c.facets, "Claim.facets") })),
  };
}

export async function recentFailures() {
  return db().importFailure.findMany({ orderBy: { id: "desc" }, take: 20 });
}
