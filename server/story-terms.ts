import { Prisma } from "../generated/prisma/client";
import type { Claim } from "../lib/extract/types";
import { lookupTerms, STORY_TERM_MAX_ARTICLES, storyTerms } from "../lib/group/index";
import { KEY_BATCH } from "./batches";
import { insertRows, type Cell } from "./raw-rows";

type Tx = Prisma.TransactionClient;

/**
 * Terms per upsert of their counts: two bound values each, under SQLite's limit of 32,766 and PostgreSQL's of 65,535.
 * Raw, since Prisma has no upsert that adds to a column for many rows at once.
 */
const TERM_COUNT_BATCH = 5000;

/**
 * Index the story terms of articles stored just now, which have none yet: count each term's carriers (TermCount),
 * then keep a row per article and term (ArticleTerm) for the terms still rare enough to look stories up by. A term
 * past STORY_TERM_MAX_ARTICLES keeps its older rows, which no lookup reads, and gets no more.
 */
export async function indexNewTerms(tx: Tx, articles: { rowId: number; claims: Claim[] }[]): Promise<void> {
  const termsOf = articles.map(({ rowId, claims }) => ({ rowId, terms: storyTerms(claims) }));
  const added = new Map<string, number>();
  for (const { terms } of termsOf) for (const t of terms) added.set(t, (added.get(t) ?? 0) + 1);
  const carriers = await addCarriers(tx, added);
  const rows = termsOf.flatMap(({ rowId, terms }) =>
    terms.filter((t) => carriers.get(t)! <= STORY_TERM_MAX_ARTICLES).map((term): Cell[] => [rowId, term]),
  );
  await insertRows(tx, "ArticleTerm", ["articleId", "term"], rows);
}

/** Add to each term's count of carriers; returns the counts after. */
async function addCarriers(tx: Tx, added: Map<string, number>): Promise<Map<string, number>> {
  const entries = [...added];
  const out = new Map<string, number>();
  for (let i = 0; i < entries.length; i += TERM_COUNT_BATCH) {
    const values = entries.slice(i, i + TERM_COUNT_BATCH).map(([term, n]) => Prisma.sql`(${term}, ${n})`);
    const counted = await tx.$queryRaw<{ term: string; articles: number | bigint }[]>`
      INSERT INTO "TermCount" ("term", "articles") VALUES ${Prisma.join(values)}
      ON CONFLICT ("term") DO UPDATE SET "articles" = "TermCount"."articles" + excluded."articles"
      RETURNING "term", "articles"`;
    for (const c of counted) out.set(c.term, Number(c.articles));
  }
  return out;
}

/**
 * The stories of unplaced current articles that share one of each new article's rarest terms
 * (lib/group/story-terms.ts): where the story separation looks for the stories new articles may join. The new
 * articles are stored and indexed, so each term's count includes them.
 */
export async function storiesSharing(tx: Tx, articles: Claim[][]): Promise<Set<string>> {
  const termsOf = articles.map(storyTerms);
  const all = [...new Set(termsOf.flat())];
  const carriers = new Map<string, number>();
  for (let i = 0; i < all.length; i += KEY_BATCH) {
    const counts = await tx.termCount.findMany({ where: { term: { in: all.slice(i, i + KEY_BATCH) } } });
    for (const c of counts) carriers.set(c.term, c.articles);
  }
  const lookup = [...new Set(termsOf.flatMap((terms) => lookupTerms(terms, (t) => carriers.get(t) ?? 0)))];
  // From the terms' rows to their articles, not the other way: reading every article to test its terms costs as much
  // as the store.
  const carrying = new Set<number>();
  for (let i = 0; i < lookup.length; i += KEY_BATCH) {
    const rows = await tx.articleTerm.findMany({
      where: { term: { in: lookup.slice(i, i + KEY_BATCH) } },
      select: { articleId: true },
    });
    for (const r of rows) carrying.add(r.articleId);
  }
  const ids = [...carrying];
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += KEY_BATCH) {
    const rows = await tx.article.findMany({
      where: { id: { in: ids.slice(i, i + KEY_BATCH) }, next: null, placed: false, story: { not: null } },
      select: { story: true },
      distinct: ["story"],
    });
    for (const r of rows) found.add(r.story!);
  }
  return found;
}
