import type { Profile } from "./profile";
import type { Idf } from "./idf";

/** Postings longer than this are too common to say anything about sameness; skipping them keeps cost linear. */
const MAX_POSTING = 60;
const PER_CLAIM = 12;

/**
 * Pairs worth scoring, found through an inverted index of rare words and facets rather than all pairs.
 * `allowed` says whether two claims may be compared at all (other article, same story).
 */
export function candidates(
  profiles: Profile[],
  idf: Idf,
  allowed: (a: Profile, b: Profile) => boolean,
): [number, number][] {
  const postings = new Map<string, number[]>();
  const keyed = profiles.map(keys);
  profiles.forEach((_, i) => {
    for (const key of keyed[i]!) {
      const list = postings.get(key) ?? [];
      list.push(i);
      postings.set(key, list);
    }
  });
  const pairs = new Set<string>();
  const out: [number, number][] = [];
  profiles.forEach((p, i) => {
    const votes = new Map<number, number>();
    for (const key of keyed[i]!) {
      const list = postings.get(key)!;
      if (list.length > MAX_POSTING) continue;
      const w = key.includes(":") ? 1 : idf.weight(key);
      for (const j of list) if (j !== i) votes.set(j, (votes.get(j) ?? 0) + w);
    }
    const top = [...votes]
      .filter(([j]) => allowed(p, profiles[j]!))
      .sort((x, y) => y[1] - x[1])
      .slice(0, PER_CLAIM);
    for (const [j] of top) {
      const key = i < j ? `${i} ${j}` : `${j} ${i}`;
      if (!pairs.has(key)) {
        pairs.add(key);
        out.push(i < j ? [i, j] : [j, i]);
      }
    }
  });
  return out;
}

/** Words, names, quantities, and four-word shingles of quotes: a shared quote finds its match even in common words. */
function keys(p: Profile): string[] {
  const shingles = p.quoteWords.flatMap((q) =>
    q.slice(0, Math.max(0, q.length - 3)).map((_, i) => `s:${q.slice(i, i + 4).join(" ")}`),
  );
  return [
    ...p.tf.keys(),
    ...[...p.entities].map((e) => `e:${e}`),
    ...[...p.quantities].map((q) => `q:${q}`),
    ...new Set(shingles),
  ];
}
