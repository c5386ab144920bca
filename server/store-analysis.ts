import type { Prisma } from "../generated/prisma/client";
import type { Article } from "../lib/ingest/types";
import type { Claim } from "../lib/extract/types";
import type { Group } from "../lib/judge/types";
import { claimKey } from "../lib/judge/index";
import { retiredKeyTargets, type KeyedGroup } from "../lib/group/lineage";
import { toJson } from "./stored-json";
import { KEY_BATCH } from "./batches";

type Tx = Prisma.TransactionClient;

/** Rows per multi-row insert: under both providers' limits on bound parameters per statement. */
const INSERT_BATCH = 1000;

async function inBatches<T>(
  items: T[],
  write: (batch: T[]) => Promise<unknown>,
  size: number = INSERT_BATCH,
): Promise<void> {
  for (let i = 0; i < items.length; i += size) await write(items.slice(i, i + size));
}

export type StoryRows = {
  id: string;
  /** The ids its articles had before, whose derived rows this analysis replaces. */
  formerIds: string[];
  articles: Article[];
  claims: Claim[];
  groups: Group[];
};

/**
 * Replace one story's derived rows (claims, groups, discrepancies) with this analysis. Reviews are keyed by group
 * key and stay; other stories' rows are not touched.
 */
export async function replaceStory(tx: Tx, story: StoryRows): Promise<KeyedGroup[]> {
  const rowIdOf = new Map(story.articles.map((a) => [a.id, Number(a.id.slice(1))]));
  const stories = [...new Set([story.id, ...story.formerIds])];
  await tx.discrepancy.deleteMany({ where: { group: { story: { in: stories } } } });
  const articleRows = [...rowIdOf.values()];
  await inBatches(articleRows, (ids) => tx.claim.deleteMany({ where: { articleId: { in: ids } } }), KEY_BATCH);
  await tx.claimGroup.deleteMany({ where: { story: { in: stories } } });
  const hashOf = new Map(story.articles.map((a) => [a.id, a.hash]));
  const claimKeys = new Map(story.claims.map((c) => [c.id, claimKey(c, hashOf.get(c.articleId) ?? c.articleId)]));
  const groupRowId = new Map<string, number>();
  await inBatches(story.groups, async (batch) => {
    const rows = await tx.claimGroup.createManyAndReturn({
      data: batch.map((g) => ({
        key: g.key,
        verdict: g.verdict,
        origins: g.originCount,
        severity: g.severity,
        rank: g.rank,
        label: g.label,
        story: story.id,
        evidence: toJson({
          storyId: story.id,
          verdictReason: g.verdictReason,
          origins: g.origins.map((o) => ({ ...o, claimKeys: o.claimIds.map((id) => claimKeys.get(id)) })),
          matches: g.matches.map((m) => ({ ...m, a: claimKeys.get(m.a), b: claimKeys.get(m.b) })),
        }),
      })),
      select: { id: true, key: true },
    });
    for (const r of rows) groupRowId.set(r.key, r.id);
  });
  const groupOf = new Map(story.groups.flatMap((g) => g.claimIds.map((id) => [id, groupRowId.get(g.key)!] as const)));
  const discrepancies = story.groups.flatMap((g) =>
    g.discrepancies.map((d) => ({
      groupId: groupRowId.get(g.key)!,
      kind: d.kind,
      severity: d.severity,
      summary: d.summary,
      claimKeys: d.claimIds.map((id) => claimKeys.get(id)!),
      evidence: toJson(d.evidence),
    })),
  );
  await inBatches(discrepancies, (data) => tx.discrepancy.createMany({ data }));
  await inBatches(
    articleRows,
    (ids) => tx.article.updateMany({ where: { id: { in: ids } }, data: { story: story.id } }),
    KEY_BATCH,
  );
  await inBatches(story.claims, (batch) =>
    tx.claim.createMany({
      data: batch.map((c) => ({
        key: claimKeys.get(c.id)!,
        articleId: rowIdOf.get(c.articleId)!,
        start: c.start,
        end: c.end,
        text: c.text,
        kind: c.kind,
        modality: c.facets.modality.value,
        worthiness: c.worthiness,
        facets: toJson({ ...c.facets, worthinessReasons: c.worthinessReasons }),
        groupId: groupOf.get(c.id) ?? null,
      })),
    }),
  );
  return story.groups.map((g) => ({ key: g.key, claimKeys: g.claimIds.map((id) => claimKeys.get(id)!) }));
}

/** The groups these stories hold now, with their members' claim keys: what a re-analysis is about to replace. */
export async function storedGroups(tx: Tx, stories: string[]): Promise<KeyedGroup[]> {
  const rows = await tx.claimGroup.findMany({
    where: { story: { in: stories } },
    select: { key: true, claims: { select: { key: true } } },
  });
  return rows.map((g) => ({ key: g.key, claimKeys: g.claims.map((c) => c.key) }));
}

/**
 * Remember where each group key a re-analysis retired now leads, so links and bookmarks to it still arrive. Called
 * once per re-analysis over all the stories it replaced, since a story that splits sends groups to two stories.
 * Aliases that led to a key retired now are carried on to its successor (no chains to follow), and a key that is
 * live again is no alias.
 */
export async function recordAliases(tx: Tx, before: KeyedGroup[], after: KeyedGroup[]): Promise<void> {
  const targets = retiredKeyTargets(before, after);
  await inBatches(
    after.map((g) => g.key),
    (keys) => tx.groupAlias.deleteMany({ where: { key: { in: keys } } }),
    KEY_BATCH,
  );
  if (targets.size === 0) return;
  const retired = [...targets.keys()];
  const pointing: string[] = [];
  await inBatches(
    retired,
    async (keys) => {
      const rows = await tx.groupAlias.findMany({ where: { targetKey: { in: keys } }, select: { targetKey: true } });
      pointing.push(...rows.map((r) => r.targetKey));
    },
    KEY_BATCH,
  );
  for (const from of new Set(pointing))
    await tx.groupAlias.updateMany({ where: { targetKey: from }, data: { targetKey: targets.get(from)! } });
  await inBatches(retired, (keys) => tx.groupAlias.deleteMany({ where: { key: { in: keys } } }), KEY_BATCH);
  const membersOf = new Map(before.map((g) => [g.key, g.claimKeys]));
  const rows = [...targets].map(([key, targetKey]) => ({
    key,
    targetKey,
    claimKeys: toJson(membersOf.get(key) ?? []),
  }));
  await inBatches(rows, (data) => tx.groupAlias.createMany({ data }));
}
