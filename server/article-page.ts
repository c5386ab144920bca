import { getArticle } from "./articles";
import { disputedClaimKeys } from "./groups";
import { htmlView } from "../lib/ingest/html";
import { memoised } from "./store-stamp";

/**
 * What the article page shows of one article, read once per change to the store (server/store-stamp.ts): the
 * article with its claims and versions, its first statement (which names it when it has no headline), the text as
 * shown (HTML as its readable text over the same offsets, so highlights still line up) and the keys of its story's
 * claims that carry a counted discrepancy. NotFoundError when no article has the id.
 */
export const articlePageData = (id: number) =>
  memoised(`article-page:${id}`, async () => {
    const article = await getArticle(id);
    const disputed = await disputedClaimKeys(article.story);
    const shown = article.meta.format === "html" ? htmlView(article.raw).slice(0, article.bodyEnd) : article.raw;
    const opening = article.claims.find((c) => c.kind === "statement")?.text ?? null;
    return { article: { ...article, opening }, shown, disputed };
  });
