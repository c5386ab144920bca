import type { Match } from "../match/types";
import type { ClaimCluster } from "./index";

/**
 * An editor's restructuring of a story's groups, by claim keys (article hash and offsets), which survive
 * re-analysis. Each names the claims as the editor saw them, so it still means the same after new articles join:
 * - split: `claimKeys` leave the group they shared with `from` (the group's other members then), together;
 * - move: `claimKey` joins the group that holds most of `into` (the target group's members then);
 * - merge: the group holding most of `a` and the one holding most of `b` become one;
 * - apart: `a` and `b` are not the same fact: when they share a group, `b` leaves it.
 * A group holds one claim per article. After re-analysis changed the groups under them, a move that would put two
 * claims of one article together does nothing, and a merge leaves behind the claims of articles the other side
 * already holds; the decision service refuses either made that way.
 */
export type Override =
  | { kind: "split"; claimKeys: string[]; from: string[] }
  | { kind: "move"; claimKey: string; into: string[] }
  | { kind: "merge"; a: string[]; b: string[] }
  | { kind: "apart"; a: string; b: string };

type Groups = Set<string>[];

/** The group holding most of `keys` (the first such on a tie, so row order decides nothing else), or undefined. */
function holderOf(groups: Groups, keys: readonly string[]): Set<string> | undefined {
  let best: Set<string> | undefined;
  let most = 0;
  for (const g of groups) {
    const n = keys.filter((k) => g.has(k)).length;
    if (n > most) [best, most] = [g, n];
  }
  return best;
}

const groupOf = (groups: Groups, key: string) => groups.find((g) => g.has(key));

/** The article a claim key belongs to: keys are "article hash:start:end" (lib/judge claimKey). */
function articleOf(key: string): string {
  const end = key.indexOf(":");
  return end < 0 ? key : key.slice(0, end);
}

/** Whether two sets of claims share an article: a group holds at most one claim of each article. */
export function shareAnArticle(a: Iterable<string>, b: Iterable<string>): boolean {
  const articles = new Set([...a].map(articleOf));
  return [...b].some((k) => articles.has(articleOf(k)));
}

/**
 * Two groups as one, keeping one claim per article. Where re-analysis put claims of one article on both sides (a new
 * article stating the fact twice, or a regrouping), the claim the editor named stays in and the other is left behind
 * in what remains of its side; with neither named, b's is left behind.
 */
function mergeByArticle(a: Set<string>, b: Set<string>, named: Set<string>) {
  const chosen = new Map<string, string>();
  for (const key of [...a, ...b]) {
    const article = articleOf(key);
    const held = chosen.get(article);
    if (held === undefined || (!named.has(held) && named.has(key))) chosen.set(article, key);
  }
  const merged = new Set(chosen.values());
  return {
    merged,
    aRest: new Set([...a].filter((k) => !merged.has(k))),
    bRest: new Set([...b].filter((k) => !merged.has(k))),
  };
}

/** One override on groups of claim keys; an override whose claims are gone, or that is already true, does nothing. */
export function applyOne(groups: Groups, o: Override): Groups {
  if (o.kind === "split") {
    const moving = new Set(o.claimKeys);
    return groups.flatMap((g) => {
      const out = [...g].filter((k) => moving.has(k));
      if (out.length === 0 || !o.from.some((k) => g.has(k) && !moving.has(k))) return [g];
      return [new Set([...g].filter((k) => !moving.has(k))), new Set(out)];
    });
  }
  if (o.kind === "move") {
    const from = groupOf(groups, o.claimKey);
    const to = holderOf(groups, o.into);
    if (!from || !to || from === to || shareAnArticle(to, [o.claimKey])) return groups;
    return groups.flatMap((g) => {
      if (g === from) return g.size > 1 ? [new Set([...g].filter((k) => k !== o.claimKey))] : [];
      return [g === to ? new Set([...g, o.claimKey]) : g];
    });
  }
  if (o.kind === "merge") {
    const [a, b] = [holderOf(groups, o.a), holderOf(groups, o.b)];
    if (!a || !b || a === b) return groups;
    const { merged, aRest, bRest } = mergeByArticle(a, b, new Set([...o.a, ...o.b]));
    return groups.flatMap((g) => {
      if (g === b) return bRest.size > 0 ? [bRest] : [];
      return g === a ? [merged, ...(aRest.size > 0 ? [aRest] : [])] : [g];
    });
  }
  const shared = groupOf(groups, o.a);
  if (!shared || !shared.has(o.b)) return groups;
  return groups.flatMap((g) => (g === shared ? [new Set([...g].filter((k) => k !== o.b)), new Set([o.b])] : [g]));
}

/**
 * Apply the editors' overrides, oldest first (each applies to what the ones before it made), to the clusters the
 * grouping stage found, before judging, so verdicts reflect them. Clusters whose membership changed get their
 * pairwise matches from `rescore`; the others are returned as they were.
 */
export function applyOverrides(
  clusters: ClaimCluster[],
  overrides: readonly Override[],
  keyOf: (claimId: string) => string,
  rescore: (a: string, b: string) => Match,
): ClaimCluster[] {
  if (overrides.length === 0) return clusters;
  const idOf = new Map(clusters.flatMap((c) => c.claimIds.map((id) => [keyOf(id), id] as const)));
  let groups: Groups = clusters.map((c) => new Set(c.claimIds.map(keyOf)));
  for (const o of overrides) groups = applyOne(groups, o);
  const before = new Map(clusters.map((c) => [[...c.claimIds].sort().join(" "), c]));
  return groups.map((g) => {
    const ids = [...g].map((k) => idOf.get(k)!).sort();
    const same = before.get(ids.join(" "));
    if (same) return same;
    const matches: Match[] = [];
    for (let x = 0; x < ids.length; x++)
      for (let y = x + 1; y < ids.length; y++) matches.push(rescore(ids[x]!, ids[y]!));
    return { claimIds: ids, matches };
  });
}
