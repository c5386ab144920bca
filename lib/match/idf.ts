import type { Profile } from "./profile";

export type Idf = { weight: (term: string) => number; df: Map<string, number>; docs: number };

/** Inverse document frequency over the claims being compared, so words rare in this story weigh most. */
export function idf(profiles: Profile[]): Idf {
  const df = new Map<string, number>();
  for (const p of profiles) for (const t of p.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const docs = Math.max(1, profiles.length);
  const max = Math.log(1 + docs);
  return { df, docs, weight: (t) => Math.log(1 + docs / (df.get(t) ?? 0.5)) / max };
}
