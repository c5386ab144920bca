import type { Prisma } from "../generated/prisma/client";
import type { Article } from "../lib/ingest/types";
import type { Claim } from "../lib/extract/types";
import type { Group } from "../lib/judge/types";
import { claimKey } from "../lib/judge/index";
import { retiredKeyTargets, type KeyedGroup } from "../lib/group/lineage";
import { toJson } from "./stored-json";
import { KEY_BATCH } from "./batches";
import { insertRows, jsonCell, type Cell } from "./raw-rows";

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
  const groupRows = groups.map(({ story, g }) => groupRow(story, g, claimKeys));
  for (const r of await insertRows<{ id: number | bigint; key: string }>(tx, "ClaimGroup", GROUP_COLUMNS, groupRows, [
    "id",
    "key",
  ]))
    groupRowId.set(r.key, Number(r.id));
  const groupOf = new Map(groups.flatMap(({ g }) => g.claimIds.map((id) => [id, groupRowId.get(g.key)!] as const)));
  const discrepancies = groups.flatMap(({ g }) =>
    g.discrepancies.map((d): Cell[] => [
      groupRowId.get(g.key)!,
      d.kind,
      d.severity,
      d.summary,
      jsonCell(d.claimIds.map((id) => claimKeys.get(id)!)),
      jsonCell(d.evidence),
    ]),
  );
  await insertRows(
    tx,
    "Discrepancy",
    ["groupId", "kind", "severity", "summary", "claimKeys", "evidence"],
    discrepancies,
  );
  const claimRows = claims.map((c): Cell[] => [
    claimKeys.get(c.id)!,
    rowIdOf.get(c.articleId)!,
    c.start,
    c.end,
    c.text,
    c.kind,
    c.facets.modality.value,
    c.worthiness,
    jsonCell({ ...c.facets, worthinessReasons: c.worthinessReasons }),
    groupOf.get(c.id) ?? null,
  ]);
  await insertRows(tx, "Claim", CLAIM_COLUMNS, claimRows);
  return groups.map(({ g }) => ({ key: g.key, claimKeys: g.claimIds.map((id) => claimKeys.get(id)!) }));
}

const CLAIM_COLUMNS = [
  "key",
  "articleId",
  "start",
  "end",
  "text",
  "kind",
  "modality",
  "worthiness",
  "facets",
  "groupId",
];
const GROUP_COLUMNS = ["key", "verdict", "origins", "severity", "rank", "label", "story", "evidence"];

/** A group's row, in GROUP_COLUMNS order. */
function groupRow(story: string, g: Group, claimKeys: Map<string, string>): Cell[] {
  const evidence = {
    storyId: story,
    verdictReason: g.verdictReason,
    origins: g.origins.map((o) => ({ ...o, claimKeys: o.claimIds.map((id) => claimKeys.get(id)) })),
    matches: g.matches.map((m) => ({ ...m, a: claimKeys.get(m.a), b: claimKeys.get(m.b) })),
  };
  return [g.key, g.verdict, g.originCount, g.severity, g.rank, g.label, story, jsonCell(evidence)];
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
