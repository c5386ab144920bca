import type { Prisma } from "../generated/prisma/client";
import type { Claim } from "../lib/extract/types";
import { extract } from "../lib/extract/index";
import { ingest } from "../lib/ingest/index";
import { stories } from "../lib/group/index";
import { analyzeStory, type StoryStage } from "../lib/analyze/story";
import { articleMetaSchema, extractionSchema, readJson, toJson } from "./stored-json";
import { recordAliases, replaceStory, storedGroups } from "./store-analysis";
import type { KeyedGroup } from "../lib/group/lineage";
import { configureMatcherOnce } from "./match-config";
import { storedDecisions } from "./decisions-store";

type Tx = Prisma.TransactionClient;

/** What one re-analysis did: how many stories there are, how many it re-ran, and what it stored for them. */
export type Reanalysis = {
  stories: number;
  storiesAnalysed: number;
  articlesExtracted: number;
  claims: number;
  groups: number;
  /**
   * Milliseconds per stage: import (new articles inserted with their claims), extract (new articles ingested and
   * extracted, before the transaction, and older rows with no stored claims), stories, load (re-ingest of the changed
   * stories' articles), the story stages, store.
   */
  timings: Record<"import" | "extract" | "stories" | "load" | StoryStage | "store", number>;
};

/** Rows read per query when a story's articles are loaded: bounds memory on large stories. */
const LOAD_BATCH = 500;

/** The article's id inside the pipeline: stable, because it is the row's. */
export const pipelineId = (rowId: number) => `a${rowId}`;
const rowIdOf = (articleId: string) => Number(articleId.slice(1));

type Row = { id: number; file: string; raw: string; meta: Prisma.JsonValue };

function ingestRow(row: Row) {
  const meta = readJson(articleMetaSchema, row.meta, "Article.meta");
  const document = { file: row.file, raw: row.raw, ...(meta.manifest ? { manifest: meta.manifest } : {}) };
  return ingest(document, pipelineId(row.id));
}

/** The article id an import extracts under before the row (and so its pipeline id) exists. */
export const UNSTORED = "unstored";

/** Keep an article's claims with its row, under its row's pipeline id; later re-analyses read them back. */
export async function keepExtraction(tx: Tx, rowId: number, claims: Claim[]): Promise<Claim[]> {
  const articleId = pipelineId(rowId);
  const kept = claims.map((c) => ({ ...c, id: `${articleId}${c.id.slice(c.articleId.length)}`, articleId }));
  await tx.article.update({ where: { id: rowId }, data: { extraction: toJson(kept) } });
  return kept;
}

/**
 * Re-analyse what changed: separate stories over every stored article (from their stored claims, no extraction),
 * then re-run matching, facts, grouping and judging only for the stories whose membership changed, and replace
 * only their derived rows. Every other story keeps its groups, keys and ids untouched.
 */
export async function reanalyse(tx: Tx): Promise<Reanalysis> {
  // Every caller (an import, a worker's job, a bench) reaches the matcher through here.
  configureMatcherOnce();
  const timings = { import: 0, extract: 0, stories: 0, load: 0, match: 0, facts: 0, group: 0, judge: 0, store: 0 };
  const since = (t0: number) => performance.now() - t0;
  let t0 = performance.now();
  const retiredStories = await retireReplacedVersions(tx);
  const rows = await tx.article.findMany({
    where: { next: null },
    select: { id: true, story: true, extraction: true },
    orderBy: { id: "asc" },
  });
  const claimsOf = new Map<number, Claim[]>();
  const missing: number[] = [];
  for (const r of rows) {
    if (r.extraction === null) missing.push(r.id);
    else claimsOf.set(r.id, readJson(extractionSchema, r.extraction, "Article.extraction"));
  }
  // Rows stored before extraction was kept with the article: extracted once now, then kept.
  for (let i = 0; i < missing.length; i += LOAD_BATCH) {
    const batch = await tx.article.findMany({ where: { id: { in: missing.slice(i, i + LOAD_BATCH) } } });
    for (const row of batch) claimsOf.set(row.id, await keepExtraction(tx, row.id, extract(ingestRow(row))));
  }
  timings.extract = since(t0);

  t0 = performance.now();
  const found = stories(
    rows.map((r) => pipelineId(r.id)),
    rows.flatMap((r) => claimsOf.get(r.id) ?? []),
  ).map((s) => {
    const rowIds = s.articleIds.map(rowIdOf);
    return { id: `s${Math.min(...rowIds)}`, rowIds };
  });
  const before = new Map(rows.map((r) => [r.id, r.story]));
  const sizeBefore = new Map<string, number>();
  for (const r of rows) if (r.story) sizeBefore.set(r.story, (sizeBefore.get(r.story) ?? 0) + 1);
  const unchanged = (s: { id: string; rowIds: number[] }) =>
    s.rowIds.every((id) => before.get(id) === s.id) && sizeBefore.get(s.id) === s.rowIds.length;
  const changed = found.filter((s) => !unchanged(s) || retiredStories.has(s.id));
  timings.stories = since(t0);
  // A story whose only article a later version replaced, and which no story now carries on, leaves no groups behind.
  const carriedOn = new Set(changed.flatMap((s) => [s.id, ...s.rowIds.map((id) => before.get(id))]));
  const ended = [...retiredStories].filter((id) => !carriedOn.has(id) && !found.some((s) => s.id === id));
  if (ended.length) await tx.claimGroup.deleteMany({ where: { story: { in: ended } } });

  let claims = 0;
  let groups = 0;
  const replaced = [...new Set(changed.flatMap((s) => [s.id, ...s.rowIds.map((id) => before.get(id) ?? s.id)]))];
  const formerGroups = await storedGroups(tx, [...replaced, ...retiredStories]);
  const newGroups: KeyedGroup[] = [];
  for (const story of changed) {
    t0 = performance.now();
    const articles = [];
    for (let i = 0; i < story.rowIds.length; i += LOAD_BATCH) {
      const batch = await tx.article.findMany({
        where: { id: { in: story.rowIds.slice(i, i + LOAD_BATCH) } },
        select: { id: true, file: true, raw: true, meta: true },
      });
      articles.push(...batch.map(ingestRow));
    }
    const storyClaims = story.rowIds.flatMap((id) => claimsOf.get(id) ?? []);
    timings.load += since(t0);
    const analysis = analyzeStory(story.id, articles, storyClaims, await storedDecisions(tx));
    for (const stage of ["match", "facts", "group", "judge"] as const) timings[stage] += analysis.timings[stage];
    t0 = performance.now();
    const formerIds = [...new Set(story.rowIds.map((id) => before.get(id)).filter((id) => id != null))];
    newGroups.push(
      ...(await replaceStory(tx, { id: story.id, formerIds, articles, claims: storyClaims, groups: analysis.groups })),
    );
    timings.store += since(t0);
    claims += storyClaims.length;
    groups += analysis.groups.length;
  }
  await recordAliases(tx, formerGroups, newGroups);
  return {
    stories: found.length,
    storiesAnalysed: changed.length,
    articlesExtracted: missing.length,
    claims,
    groups,
    timings,
  };
}

/**
 * Articles that a later version replaced take no part in analysis: their claims leave the store's groups and they
 * leave their story, once. Returns the stories they left, which must be re-analysed.
 */
async function retireReplacedVersions(tx: Tx): Promise<Set<string>> {
  const replaced = await tx.article.findMany({
    where: { next: { isNot: null }, story: { not: null } },
    select: { id: true, story: true },
  });
  if (replaced.length === 0) return new Set();
  const ids = replaced.map((r) => r.id);
  await tx.claim.deleteMany({ where: { articleId: { in: ids } } });
  await tx.article.updateMany({ where: { id: { in: ids } }, data: { story: null } });
  return new Set(replaced.map((r) => r.story!));
}
