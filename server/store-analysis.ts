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
  /** Its current articles, which are in the story already: only their derived rows are replaced. */
  articles: Article[];
  claims: Claim[];
  groups: Group[];
};

/**
 * Replace these stories' derived rows (claims, groups, discrepancies) with their analyses, a few multi-row statements
 * for all of them. Reviews are keyed by group key and stay; other stories' rows are not touched.
 */
export async function replaceStories(tx: Tx, stories: StoryRows[]): Promise<KeyedGroup[]> {
  const ids = stories.map((s) => s.id);
  const articles = stories.flatMap((s) => s.articles);
  const rowIdOf = new Map(articles.map((a) => [a.id, Number(a.id.slice(1))]));
  await inBatches(ids, (b) => tx.discrepancy.deleteMany({ where: { group: { story: { in: b } } } }), KEY_BATCH);
  await inBatches([...rowIdOf.values()], (b) => tx.claim.deleteMany({ where: { articleId: { in: b } } }), KEY_BATCH);
  await inBatches(ids, (b) => tx.claimGroup.deleteMany({ where: { story: { in: b } } }), KEY_BATCH);
  const hashOf = new Map(articles.map((a) => [a.id, a.hash]));
  const claims = stories.flatMap((s) => s.claims);
  const claimKeys = new Map(claims.map((c) => [c.id, claimKey(c, hashOf.get(c.articleId) ?? c.articleId)]));
  const groups = stories.flatMap((s) => s.groups.map((g) => ({ story: s.id, g })));
  const groupRowId = new Map<string, number>();
  await inBatches(groups, async (batch) => {
    const rows = await tx.claimGroup.createManyAndReturn({
      data: batch.map(({ story, g }) => groupRow(story, g, claimKeys)),
      select: { id: true, key: true },
    });
    for (const r of rows) groupRowId.set(r.key, r.id);
  });
  const groupOf = new Map(groups.flatMap(({ g }) => g.claimIds.map((id) => [id, groupRowId.get(g.key)!] as const)));
  const discrepancies = groups.flatMap(({ g }) =>
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
  await inBatches(claims, (batch) =>
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
  return groups.map(({ g }) => ({ key: g.key, claimKeys: g.claimIds.map((id) => claimKeys.get(id)!) }));
}

function groupRow(story: string, g: Group, claimKeys: Map<string, string>) {
  return {
    key: g.key,
    verdict: g.verdict,
    origins: g.originCount,
    severity: g.severity,
    rank: g.rank,
    label: g.label,
    story,
    evidence: toJson({
      storyId: story,
      verdictReason: g.verdictReason,
      origins: g.origins.map((o) => ({ ...o, claimKeys: o.claimIds.map((id) => claimKeys.get(id)) })),
      matches: g.matches.map((m) => ({ ...m, a: claimKeys.get(m.a), b: claimKeys.get(m.b) })),
    }),
  };
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
