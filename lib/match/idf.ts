import type { Profile } from "./profile";

export type Idf = { weight: (term: string) => number; df: Map<string, number>; docs: number };

/**
 * Inverse document frequency over the items being compared, so words rare among them weigh most.
 * `prior` pretends that many unrelated documents lack every word: in a small set (five articles of one
 * story) the words they all share would otherwise count for almost nothing.
 */
export function idf(profiles: Profile[], prior = 0): Idf {
  const df = new Map<string, number>();
  for (const p of profiles) for (const t of p.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const docs = Math.max(1, profiles.length) + prior;
  const max = Math.log(1 + docs / 0.5);
  const memo = new Map<string, number>();
  const weight = (t: string) => {
    let w = memo.get(t);
    if (w === undefined) {
      w = Math.log(1 + docs / (df.get(t) ?? 0.5)) / max;
      memo.set(t, w);
    }
    return w;
  };
  return { df, docs, weight };
}
