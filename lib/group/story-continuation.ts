/**
 * Which earlier story each newly separated cluster of articles carries on, or null for a new one. A story goes to
 * the cluster holding most of its articles (on a tie, the earlier cluster), each story to one cluster at most, so a
 * suggested story keeps its id, title and address while articles join it, and a split leaves it with the larger part.
 */
export function continuedStories<T>(
  clusters: readonly T[][],
  storyOf: (member: T) => string | null,
): (string | null)[] {
  const candidates: { cluster: number; story: string; count: number }[] = [];
  clusters.forEach((members, cluster) => {
    const counts = new Map<string, number>();
    for (const m of members) {
      const story = storyOf(m);
      if (story !== null) counts.set(story, (counts.get(story) ?? 0) + 1);
    }
    for (const [story, count] of counts) candidates.push({ cluster, story, count });
  });
  candidates.sort((a, b) => {
    if (a.count !== b.count) return b.count - a.count;
    return a.cluster - b.cluster;
  });
  const continued: (string | null)[] = clusters.map(() => null);
  const taken = new Set<string>();
  for (const c of candidates) {
    if (continued[c.cluster] !== null || taken.has(c.story)) continue;
    continued[c.cluster] = c.story;
    taken.add(c.story);
  }
  return continued;
}
