import { z } from "zod";
import { db } from "./db";
import { auditEntries, type AuditEntryView } from "./audit";
import { flagsOn, latestClaimReviews, type StoredFlag } from "./claim-decisions";
import { articleNameSelect, named } from "./article-names";
import { sourceName } from "../lib/present/names";
import { clipAtWord } from "../lib/present/clip";
import { shareAnArticle } from "../lib/group/overrides";

/** Other groups of the story offered as merge and move targets, best ranked first. */
const TARGET_GROUPS = 50;
const OPTION_CHARACTERS = 80;

export type GroupDecisions = {
  /** Each claim's latest review, by claim key. */
  claimReviews: Map<string, { status: string; note: string; createdAt: Date }>;
  /** Editors' flags on the group's claims, shown beside the derived discrepancies. */
  flags: StoredFlag[];
  /** The group's history: entries for its key, the keys re-analysis retired in its favour, and its claims. */
  history: AuditEntryView[];
  /**
   * Where a claim can move or the group can merge: the story's other groups, and their claims for flags. A group
   * holds one claim per article, so `mergeable` is false for a group holding a claim of one of this group's articles.
   */
  targets: { key: string; label: string; mergeable: boolean; claims: { key: string; label: string }[] }[];
};

const claimKeyList = z.array(z.string());

/**
 * The keys of groups an editor split that held any of these claims. A retired key's alias leads to one side of a
 * split only, so without these the other side's history would not show the split that made it.
 */
async function splitGroupsOf(story: string, claimKeys: readonly string[]): Promise<string[]> {
  const keys = new Set(claimKeys);
  const splits = await auditEntries({ story, action: "split" });
  return splits.flatMap((e) => {
    const held = claimKeyList.safeParse(e.before?.claimKeys);
    return held.success && held.data.some((k) => keys.has(k)) ? [e.target] : [];
  });
}

export async function groupDecisions(group: { key: string; story: string; claimKeys: string[] }) {
  const { key, story, claimKeys } = group;
  const [claimReviews, flags] = await Promise.all([latestClaimReviews(claimKeys), flagsOn(claimKeys)]);
  const aliases = await db().groupAlias.findMany({ where: { targetKey: key }, select: { key: true } });
  const split = await splitGroupsOf(story, claimKeys);
  const history = await auditEntries({
    targets: [...new Set([key, ...aliases.map((a) => a.key), ...split, ...claimKeys])],
  });
  const others = await db().claimGroup.findMany({
    where: { story, key: { not: key } },
    orderBy: { rank: "asc" },
    take: TARGET_GROUPS,
    select: {
      key: true,
      rank: true,
      label: true,
      claims: { select: { key: true, text: true, article: { select: articleNameSelect } } },
    },
  });
  const targets = others.map((g) => ({
    key: g.key,
    label: `Group ${g.rank}: ${clipAtWord(g.label, OPTION_CHARACTERS)}`,
    mergeable: !shareAnArticle(
      claimKeys,
      g.claims.map((c) => c.key),
    ),
    claims: g.claims.map((c) => ({
      key: c.key,
      label: `${sourceName(named(c.article))}: ${clipAtWord(c.text, OPTION_CHARACTERS)}`,
    })),
  }));
  return { claimReviews, flags, history, targets } satisfies GroupDecisions;
}
