import type { Prisma } from "../generated/prisma/client";
import type { Claim } from "../lib/extract/types";
import { lookupTerms, storyTerms } from "../lib/group/index";
import { KEY_BATCH } from "./batches";

type Tx = Prisma.TransactionClient;

/** Term rows per insert: two columns each, well under either provider's limit on bound parameters. */
const TERM_INSERT_BATCH = 5000;

/** Keep the terms an article's story profile weighs (replacing any it had), for the story separation to look up. */
export async function indexTerms(tx: Tx, rowId: number, claims: Claim[]): Promise<void> {
  await tx.articleTerm.deleteMany({ where: { articleId: rowId } });
  await indexNewTerms(tx, [{ rowId, claims }]);
}

/** Keep the terms of articles stored just now (with none yet), in a few multi-row inserts for the whole import. */
export async function indexNewTerms(tx: Tx, articles: { rowId: number; claims: Claim[] }[]): Promise<void> {
  const rows = articles.flatMap(({ rowId, claims }) => storyTerms(claims).map((term) => ({ articleId: rowId, term })));
  for (let i = 0; i < rows.length; i += TERM_INSERT_BATCH)
    await tx.articleTerm.createMany({ data: rows.slice(i, i + TERM_INSERT_BATCH) });
}

/**
 * The stories of unplaced current articles that share one of each new article's rarest terms
 * (lib/group/story-terms.ts): where the story separation looks for the stories new articles may join. The new
 * articles are stored and indexed.
 */
export async function storiesSharing(tx: Tx, articles: Claim[][]): Promise<Set<string>> {
  const termsOf = articles.map(storyTerms);
  const all = [...new Set(termsOf.flat())];
  const carriers = new Map<string, number>();
  for (let i = 0; i < all.length; i += KEY_BATCH) {
    const counts = await tx.articleTerm.groupBy({
      by: ["term"],
      where: { term: { in: all.slice(i, i + KEY_BATCH) } },
      _count: { _all: true },
    });
    for (const c of counts) carriers.set(c.term, c._count._all);
  }
  const lookup = [...new Set(termsOf.flatMap((terms) => lookupTerms(terms, (t) => carriers.get(t) ?? 0)))];
  const found = new Set<string>();
  for (let i = 0; i < lookup.length; i += KEY_BATCH) {
    const rows = await tx.article.findMany({
      where: {
        next: null,
        placed: false,
        story: { not: null },
        terms: { some: { term: { in: lookup.slice(i, i + KEY_BATCH) } } },
      },
      select: { story: true },
      distinct: ["story"],
    });
    for (const r of rows) found.add(r.story!);
  }
  return found;
}
