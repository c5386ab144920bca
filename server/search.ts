import { db } from "./db";
import { databaseUrl, providerOf } from "./database-url";
import { InvalidInputError } from "./errors";
import { containsAll, searchWords } from "../lib/desk/group-filter";
import { snippetAround } from "../lib/desk/snippet";

/** Most hits of each kind one search returns; the page says when there were more. */
export const SEARCH_TAKE = 50;
/** Shortest and longest search accepted: one character matches nearly everything, a paragraph is not a search. */
export const SEARCH_LIMITS = { minCharacters: 2, maxWords: 12 } as const;

export type ClaimHit = {
  key: string;
  text: string;
  story: string | null;
  groupKey: string | null;
  articleId: number;
  outlet: string | null;
};
export type ArticleHit = {
  id: number;
  title: string | null;
  outlet: string | null;
  story: string | null;
  snippet: string;
};
export type SearchResult = {
  q: string;
  story: string | null;
  claims: ClaimHit[];
  articles: ArticleHit[];
  more: boolean;
};

/**
 * A case-insensitive substring test for one word, as each provider spells it: PostgreSQL's ILIKE; SQLite's LIKE is
 * already case-insensitive for ASCII letters (not for other scripts) and Prisma rejects `mode` there.
 */
function contains(word: string) {
  return providerOf(databaseUrl()) === "postgres"
    ? { contains: word, mode: "insensitive" as const }
    : { contains: word };
}

/**
 * Claims whose text, and articles whose headline or text, contain every word of `q` (ignoring case, as substrings:
 * "council" finds "councillors"; no stemming, no ranking), within one story or across all. Only articles that take
 * part in analysis are searched: an earlier version of a page is reached from its later one.
 */
export async function search(q: string, story?: string): Promise<SearchResult> {
  const words = searchWords(q);
  if (q.trim().length < SEARCH_LIMITS.minCharacters)
    throw new InvalidInputError(`search for at least ${SEARCH_LIMITS.minCharacters} characters`, "bad_query");
  if (words.length > SEARCH_LIMITS.maxWords)
    throw new InvalidInputError(`search for at most ${SEARCH_LIMITS.maxWords} words`, "bad_query");
  const inStory = { next: null, ...(story ? { story } : {}) };
  // Prisma passes % and _ to SQLite's LIKE as wildcards, so a word holding one matches more than itself: the rows
  // are then all read and tested here, where the words are plain substrings.
  const take = words.some((w) => /[%_]/.test(w)) ? undefined : SEARCH_TAKE + 1;
  const [claimRows, articleRows] = await Promise.all([
    db().claim.findMany({
      where: { article: inStory, AND: words.map((w) => ({ text: contains(w) })) },
      orderBy: { id: "asc" },
      take,
      select: {
        key: true,
        text: true,
        articleId: true,
        group: { select: { key: true } },
        article: { select: { story: true, outlet: { select: { name: true } } } },
      },
    }),
    db().article.findMany({
      where: { ...inStory, AND: words.map((w) => ({ OR: [{ title: contains(w) }, { raw: contains(w) }] })) },
      orderBy: { id: "asc" },
      take,
      select: { id: true, title: true, raw: true, story: true, outlet: { select: { name: true } } },
    }),
  ]);
  const holds = (text: string | null, word: string) => text !== null && containsAll(text, [word]);
  const claims = claimRows.filter((c) => containsAll(c.text, words));
  const articles = articleRows.filter((a) => words.every((w) => holds(a.title, w) || holds(a.raw, w)));
  return {
    q,
    story: story ?? null,
    more: claims.length > SEARCH_TAKE || articles.length > SEARCH_TAKE,
    claims: claims.slice(0, SEARCH_TAKE).map((c) => ({
      key: c.key,
      text: c.text,
      story: c.article.story,
      groupKey: c.group?.key ?? null,
      articleId: c.articleId,
      outlet: c.article.outlet?.name ?? null,
    })),
    articles: articles.slice(0, SEARCH_TAKE).map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet?.name ?? null,
      story: a.story,
      snippet: snippetAround(a.raw, words),
    })),
  };
}
