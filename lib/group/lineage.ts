/** A group as re-analysis sees it when it replaces a story's groups: its key and its members' claim keys. */
export type KeyedGroup = { key: string; claimKeys: readonly string[] };

/**
 * For every group key the new analysis retired, the new group that holds most of its claims (on a tie, the one
 * whose key sorts first, so the answer does not depend on row order). Claim keys survive re-analysis (article hash
 * and offsets), so this is where a link to the old group should lead. A key the new analysis still has is no
 * retiree, and a retired group none of whose claims survive leads nowhere.
 */
export function retiredKeyTargets(before: readonly KeyedGroup[], after: readonly KeyedGroup[]): Map<string, string> {
  const live = new Set(after.map((g) => g.key));
  const groupOfClaim = new Map(after.flatMap((g) => g.claimKeys.map((c) => [c, g.key] as const)));
  const targets = new Map<string, string>();
  for (const old of before) {
    if (live.has(old.key)) continue;
    const shared = new Map<string, number>();
    for (const claim of old.claimKeys) {
      const now = groupOfClaim.get(claim);
      if (now) shared.set(now, (shared.get(now) ?? 0) + 1);
    }
    const best = [...shared].sort(byCountThenKey)[0];
    if (best) targets.set(old.key, best[0]);
  }
  return targets;
}

function byCountThenKey(a: readonly [string, number], b: readonly [string, number]): number {
  if (a[1] !== b[1]) return b[1] - a[1];
  return a[0] < b[0] ? -1 : 1;
}
