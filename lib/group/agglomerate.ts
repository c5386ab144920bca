export type Edge = { a: number; b: number; score: number };

/**
 * Average-link merging over scored edges, strongest first. Two clusters merge only when `canMerge`
 * allows it and their mean similarity (every cross pair, scored on demand) reaches `minAverage`,
 * so one strong link cannot chain unrelated items together.
 */
export function agglomerate(
  count: number,
  edges: Edge[],
  similarity: (a: number, b: number) => number,
  minAverage: number,
  canMerge: (a: number[], b: number[]) => boolean = () => true,
): number[][] {
  const clusterOf = Array.from({ length: count }, (_, i) => i);
  const members = new Map<number, number[]>(Array.from({ length: count }, (_, i) => [i, [i]]));
  const cache = new Map<string, number>();
  const sim = (a: number, b: number) => {
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    let s = cache.get(key);
    if (s === undefined) {
      s = similarity(a, b);
      cache.set(key, s);
    }
    return s;
  };
  for (const e of edges) cache.set(e.a < e.b ? `${e.a} ${e.b}` : `${e.b} ${e.a}`, e.score);
  for (const e of [...edges].sort((x, y) => y.score - x.score)) {
    const ca = clusterOf[e.a]!;
    const cb = clusterOf[e.b]!;
    if (ca === cb) continue;
    const A = members.get(ca)!;
    const B = members.get(cb)!;
    if (!canMerge(A, B)) continue;
    let total = 0;
    for (const x of A) for (const y of B) total += sim(x, y);
    if (total / (A.length * B.length) < minAverage) continue;
    for (const y of B) clusterOf[y] = ca;
    members.set(ca, [...A, ...B]);
    members.delete(cb);
  }
  return [...members.values()];
}
