import type { Prisma } from "../generated/prisma/client";
import type { Claim } from "../lib/extract/types";
import { stories } from "../lib/group/index";
import { continuedStories } from "../lib/group/story-continuation";
import { fileName } from "../lib/present/names";
import { KEY_BATCH } from "./batches";
import { claimsOfRow, pipelineId } from "./kept-claims";
import { insertStory, SEPARATION_NAME } from "./story-rows";

type Tx = Prisma.TransactionClient;

type PoolRow = { id: number; story: string | null; title: string | null; file: string; claims: Claim[] };

/**
 * The automatic story separation, for articles imported without a story. It reads the new articles (story still
 * null) and the articles of suggested stories that no editor placed, and nothing else: accepted stories and placed
 * articles are the editors' and never move. Each cluster found carries on the suggested story holding most of its
 * articles or becomes a new suggested story. Returns the stories whose articles changed.
 */
export async function separateUnplaced(tx: Tx): Promise<{ changed: Set<string>; extracted: number }> {
  const { pool, extracted } = await readPool(tx);
  const changed = new Set<string>();
  if (!pool.some((r) => r.story === null)) return { changed, extracted };
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
  return { changed, extracted };
}

/** New articles awaiting a story, then the unplaced articles of suggested stories, in row order, with their claims. */
async function readPool(tx: Tx): Promise<{ pool: PoolRow[]; extracted: number }> {
  const suggested = (await tx.story.findMany({ where: { status: "suggested" }, select: { id: true } })).map(
    (s) => s.id,
  );
  const select = { id: true, story: true, title: true, file: true, extraction: true } as const;
  const where = { next: null, placed: false };
  const rows = await tx.article.findMany({ where: { ...where, story: null }, select });
  for (let i = 0; i < suggested.length; i += KEY_BATCH)
    rows.push(
      ...(await tx.article.findMany({ where: { ...where, story: { in: suggested.slice(i, i + KEY_BATCH) } }, select })),
    );
  rows.sort((a, b) => a.id - b.id);
  const pool: PoolRow[] = [];
  let extracted = 0;
  for (const row of rows) {
    if (row.extraction === null) extracted++;
    pool.push({ id: row.id, story: row.story, title: row.title, file: row.file, claims: await claimsOfRow(tx, row) });
  }
  return { pool, extracted };
}
