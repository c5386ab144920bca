import type { Prisma } from "../generated/prisma/client";
import type { Claim } from "../lib/extract/types";
import { stories } from "../lib/group/index";
import { continuedStories } from "../lib/group/story-continuation";
import { fileName } from "../lib/present/names";
import { KEY_BATCH } from "./batches";
import { claimsOfRow, pipelineId } from "./kept-claims";
import { insertStory, SEPARATION_NAME } from "./story-rows";
import { indexNewTerms, storiesSharing } from "./story-terms";

type Tx = Prisma.TransactionClient;

/** The stories whose articles changed, articles extracted on the way, and how many articles it read. */
export type Separation = { changed: Set<string>; extracted: number; read: number };

type PoolRow = { id: number; story: string | null; title: string | null; file: string; claims: Claim[] };

/**
 * The automatic story separation, for articles imported without a story. It reads the new articles (story still
 * null) and the articles of suggested stories that no editor placed, and nothing else: accepted stories and placed
 * articles are the editors' and never move. Each cluster found carries on the suggested story holding most of its
 * articles or becomes a new suggested story. Returns the stories whose articles changed.
 */
export async function separateUnplaced(tx: Tx): Promise<Separation> {
  const { pool, extracted } = await readPool(tx);
  const changed = new Set<string>();
  if (!pool.some((r) => r.story === null)) return { changed, extracted, read: pool.length };
  const byId = new Map(pool.map((r) => [r.id, r]));
  const clusters = stories(
    pool.map((r) => pipelineId(r.id)),
    pool.flatMap((r) => r.claims),
  ).map((s) => s.articleIds.map((id) => byId.get(Number(id.slice(1)))!));
  const continued = continuedStories(clusters, (r) => r.story);
  for (const [k, members] of clusters.entries()) {
    // Titled by its first article that has a headline; a pile of untitled files by the first one's name.
    const title = members.find((r) => r.title)?.title ?? fileName(members[0]!.file);
    const storyId =
      continued[k] ??
      (
        await insertStory(tx, {
          title,
          status: "suggested",
          createdById: null,
          createdBy: SEPARATION_NAME,
        })
      ).id;
    const moving = members.filter((r) => r.story !== storyId);
    if (moving.length === 0) continue;
    changed.add(storyId);
    for (const r of moving) if (r.story) changed.add(r.story);
    for (let i = 0; i < moving.length; i += KEY_BATCH) {
      const ids = moving.slice(i, i + KEY_BATCH).map((r) => r.id);
      await tx.article.updateMany({ where: { id: { in: ids } }, data: { story: storyId } });
    }
  }
  return { changed, extracted, read: pool.length };
}

/** Rows read per query while indexing older articles' terms: bounds memory on a large store. */
const INDEX_BATCH = 200;

/**
 * The new articles awaiting a story, then the unplaced articles of the suggested stories that share a telling term
 * with them (server/story-terms.ts), in row order, with their claims. Suggested stories that share none are not read:
 * an import's cost follows what it brings, not the size of the store.
 */
async function readPool(tx: Tx): Promise<{ pool: PoolRow[]; extracted: number }> {
  const select = { id: true, story: true, title: true, file: true, extraction: true } as const;
  const where = { next: null, placed: false };
  const fresh = await tx.article.findMany({ where: { ...where, story: null }, select });
  if (fresh.length === 0) return { pool: [], extracted: 0 };
  let extracted = await indexOlderTerms(tx);
  const pool: PoolRow[] = [];
  const add = async (rows: typeof fresh) => {
    for (const row of rows) {
      if (row.extraction === null) extracted++;
      pool.push({ id: row.id, story: row.story, title: row.title, file: row.file, claims: await claimsOfRow(tx, row) });
    }
  };
  await add(fresh);
  const suggested = new Set(
    (await tx.story.findMany({ where: { status: "suggested" }, select: { id: true } })).map((s) => s.id),
  );
  const near = [
    ...(await storiesSharing(
      tx,
      pool.map((r) => r.claims),
    )),
  ].filter((id) => suggested.has(id));
  for (let i = 0; i < near.length; i += KEY_BATCH)
    await add(await tx.article.findMany({ where: { ...where, story: { in: near.slice(i, i + KEY_BATCH) } }, select }));
  pool.sort((a, b) => a.id - b.id);
  return { pool, extracted };
}

/** Index the terms of articles stored before terms were kept, once; returns how many had to be extracted. */
async function indexOlderTerms(tx: Tx): Promise<number> {
  let extracted = 0;
  for (;;) {
    const rows = await tx.article.findMany({
      where: { termsIndexed: false },
      select: { id: true, extraction: true },
      orderBy: { id: "asc" },
      take: INDEX_BATCH,
    });
    const indexed = [];
    for (const row of rows) {
      // A row with no kept claims is extracted now, and indexed with its extraction (keepExtraction).
      if (row.extraction === null) extracted++;
      const claims = await claimsOfRow(tx, row);
      if (row.extraction !== null) indexed.push({ rowId: row.id, claims });
    }
    await indexNewTerms(tx, indexed);
    await tx.article.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { termsIndexed: true } });
    if (rows.length < INDEX_BATCH) return extracted;
  }
}
