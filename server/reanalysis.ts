import type { Prisma } from "../generated/prisma/client";
import type { Claim } from "../lib/extract/types";
import { analyzeStory, type StoryDecisions, type StoryStage } from "../lib/analyze/story";
import { recordAliases, replaceStories, storedGroups, type StoryRows } from "./store-analysis";
import type { KeyedGroup } from "../lib/group/lineage";
import { configureMatcherOnce } from "./match-config";
import { KEY_BATCH } from "./batches";
import { separateUnplaced } from "./story-separation";
import { claimsOfRow, ingestRow } from "./kept-claims";
import { storedDecisions } from "./decisions-store";

export { keepExtraction, pipelineId, UNSTORED } from "./kept-claims";

type Tx = Prisma.TransactionClient;

/** What one re-analysis did: how many stories there are, how many it re-ran, and what it stored for them. */
export type Reanalysis = {
  stories: number;
  storiesAnalysed: number;
  /** The stories it re-ran, by id: only these had their groups replaced. */
  analysed: string[];
  articlesExtracted: number;
  /** Articles the automatic story separation read: the new ones and those of suggested stories sharing a term. */
  separationRead: number;
  claims: number;
  groups: number;
  /**
   * Milliseconds per stage: import (new articles inserted with their claims), extract (new articles ingested and
   * extracted, before the transaction, and older rows with no stored claims), stories, load (re-ingest of the changed
   * stories' articles), the story stages, store.
   */
  timings: Record<"import" | "extract" | "stories" | "load" | StoryStage | "store", number>;
};

/** What a write asks to re-analyse: stories whose articles it changed, and whether new articles await a story. */
export type ReanalysisScope = { stories: Iterable<string>; separate: boolean };

/** Rows read per query when a story's articles are loaded: bounds memory on large stories. */
const LOAD_BATCH = 500;

/** Analysed stories are stored together once they hold this many articles. */
const STORE_BATCH_ARTICLES = 1000;

/**
 * Re-analyse what a write changed, and nothing else: articles a later version replaced leave their stories; new
 * articles without a story go through the automatic story separation (server/story-separation.ts, which reads only
 * them and the articles of suggested stories that no editor placed); then match, facts, group and judge re-run for
 * exactly the stories whose articles changed. Every other story keeps its groups, keys and decisions untouched.
 */
export async function reanalyse(tx: Tx, scope: ReanalysisScope): Promise<Reanalysis> {
  // Every caller (an import, a move, a worker's job, a bench) reaches the matcher through here.
  configureMatcherOnce();
  const timings = { import: 0, extract: 0, stories: 0, load: 0, match: 0, facts: 0, group: 0, judge: 0, store: 0 };
  const touched = new Set(scope.stories);
  for (const id of await retireReplacedVersions(tx)) touched.add(id);
  const t0 = performance.now();
  const separation = scope.separate ? await separateUnplaced(tx) : null;
  for (const id of separation?.changed ?? []) touched.add(id);
  timings.stories = performance.now() - t0;
  const analysed = [...touched].sort();
  const formerGroups = await storedGroups(tx, analysed);
  // All of them go before any is stored again: a moved article's groups keep their keys in the story it joins.
  for (let i = 0; i < analysed.length; i += KEY_BATCH)
    await tx.claimGroup.deleteMany({ where: { story: { in: analysed.slice(i, i + KEY_BATCH) } } });
  const newGroups: KeyedGroup[] = [];
  let claims = 0;
  let extracted = separation?.extracted ?? 0;
  const decisions = await storedDecisions(tx);
  let pending: StoryRows[] = [];
  const flush = async () => {
    const t = performance.now();
    newGroups.push(...(await replaceStories(tx, pending)));
    timings.store += performance.now() - t;
    pending = [];
  };
  for (const storyId of analysed) {
    const done = await analyseStory(tx, storyId, decisions, timings);
    pending.push(done.story);
    claims += done.story.claims.length;
    extracted += done.extracted;
    // Stored a few stories at a time: few statements for many small stories, bounded memory for large ones.
    if (pending.reduce((n, st) => n + st.articles.length, 0) >= STORE_BATCH_ARTICLES) await flush();
  }
  await flush();
  const groups = newGroups.length;
  await recordAliases(tx, formerGroups, newGroups);
  await dropEmptySuggestions(tx, analysed);
  return {
    stories: await tx.story.count(),
    storiesAnalysed: analysed.length,
    analysed,
    articlesExtracted: extracted,
    separationRead: separation?.read ?? 0,
    claims,
    groups,
    timings,
  };
}

/** One story's analysis from its articles' kept claims, to replace its derived rows (and only its own). */
async function analyseStory(tx: Tx, storyId: string, decisions: StoryDecisions, timings: Reanalysis["timings"]) {
  const t0 = performance.now();
  const articles = [];
  const storyClaims: Claim[] = [];
  let extracted = 0;
  for (let skip = 0; ; skip += LOAD_BATCH) {
    const batch = await tx.article.findMany({
      where: { story: storyId, next: null },
      select: { id: true, file: true, raw: true, meta: true, extraction: true },
      orderBy: { id: "asc" },
      skip,
      take: LOAD_BATCH,
    });
    for (const row of batch) {
      if (row.extraction === null) extracted++;
      storyClaims.push(...(await claimsOfRow(tx, row)));
      articles.push(ingestRow(row));
    }
    if (batch.length < LOAD_BATCH) break;
  }
  timings.load += performance.now() - t0;
  const analysis = analyzeStory(storyId, articles, storyClaims, decisions);
  for (const stage of ["match", "facts", "group", "judge"] as const) timings[stage] += analysis.timings[stage];
  const story: StoryRows = { id: storyId, articles, claims: storyClaims, groups: analysis.groups };
  return { story, extracted };
}

/** A suggested story whose articles all went elsewhere is no suggestion any more; an accepted one stays, empty. */
async function dropEmptySuggestions(tx: Tx, storyIds: string[]): Promise<void> {
  for (let i = 0; i < storyIds.length; i += KEY_BATCH) {
    const ids = storyIds.slice(i, i + KEY_BATCH);
    const held = await tx.article.groupBy({ by: ["story"], where: { story: { in: ids } }, _count: { _all: true } });
    const empty = ids.filter((id) => !held.some((h) => h.story === id));
    if (empty.length) await tx.story.deleteMany({ where: { id: { in: empty }, status: "suggested" } });
  }
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
