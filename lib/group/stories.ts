import type { Claim } from "../extract/types";
import { bareClaim, emptyFacets } from "../extract/bare-claim";
import { profile, type Profile } from "../match/profile";
import { idf as idfOf } from "../match/idf";
import { weightedCosine } from "../match/features";
import { candidates } from "../match/candidates";
import { agglomerate } from "./agglomerate";
import { splitStory } from "./story-split";
import { figuresDisagree } from "./story-figures";
import { words } from "../text/normalize";

/** Mean similarity two articles need to count as one story; measured on basil-dev (see ARCHITECTURE.md). */
export const STORY_THRESHOLD = 0.3;

/** Unrelated articles assumed beside the ones given, so a handful of articles of one story still share weight. */
export const STORY_PRIOR = 50;

export type Story = { id: string; articleIds: string[] };

/**
 * Which articles tell the same story: average-link clustering of whole-article word and name profiles.
 * Claims are only compared within a story, so a folder of mixed stories never mixes them in a group. A story whose
 * articles form two cliques by words and whose figures disagree across them is two events of one kind: split.
 */
export function stories(articleIds: string[], claims: Claim[]): Story[] {
  const claimsOf = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = claimsOf.get(c.articleId);
    if (list) list.push(c);
    else claimsOf.set(c.articleId, [c]);
  }
  // One pass over the claims, not one per article: a pool of thousands of articles is read in linear time.
  const profiles = articleIds.map((id) => articleProfile(id, claimsOf.get(id) ?? []));
  const idf = idfOf(profiles, STORY_PRIOR);
  // Each pair scored once: clustering, joining and the split of a large story ask for the same pairs many times (the
  // split's rounds alone ask every member against a whole side, ten times over).
  const known = new Map<number, number>();
  const sim = (i: number, j: number) => {
    const key = i < j ? i * profiles.length + j : j * profiles.length + i;
    let score = known.get(key);
    if (score === undefined) known.set(key, (score = weightedCosine(profiles[i]!, profiles[j]!, idf)));
    return score;
  };
  const edges = candidates(profiles, idf, (a, b) => a.id !== b.id).map(([a, b]) => ({ a, b, score: sim(a, b) }));
  const joined = joinByQuotes(
    agglomerate(
      profiles.length,
      edges.filter((e) => e.score >= STORY_THRESHOLD),
      sim,
      STORY_THRESHOLD,
    ),
    articleIds,
    claims,
    sim,
  );
  const clusters = joined.flatMap((c) =>
    splitStory(c, sim, (sides) =>
      figuresDisagree(sides.map((s) => s.flatMap((i) => claimsOf.get(articleIds[i]!) ?? []))),
    ),
  );
  return [...clusters]
    .sort((x, y) => x[0]! - y[0]!)
    .map((c, k) => ({ id: `s${k + 1}`, articleIds: c.map((i) => articleIds[i]!) }));
}

/**
 * Two stories whose articles quote the same five or more words, and are not strangers otherwise
 * (similarity at least half the story threshold), report one event: join them.
 */
function joinByQuotes(
  clusters: number[][],
  articleIds: string[],
  claims: Claim[],
  sim: (i: number, j: number) => number,
): number[][] {
  const index = new Map(articleIds.map((id, i) => [id, i]));
  const clusterOf = new Map<number, number>();
  clusters.forEach((c, k) => c.forEach((i) => clusterOf.set(i, k)));
  const byQuote = new Map<string, Set<number>>();
  for (const c of claims)
    for (const q of c.facets.quotes) {
      const key = words(q.text).join(" ");
      if (key.split(" ").length < 5) continue;
      byQuote.set(key, (byQuote.get(key) ?? new Set()).add(index.get(c.articleId)!));
    }
  const parent = clusters.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  for (const arts of byQuote.values()) {
    const list = [...arts];
    for (let x = 1; x < list.length; x++) {
      const [i, j] = [list[0]!, list[x]!];
      if (find(clusterOf.get(i)!) !== find(clusterOf.get(j)!) && sim(i, j) >= STORY_THRESHOLD / 2)
        parent[find(clusterOf.get(j)!)] = find(clusterOf.get(i)!);
    }
  }
  const joined = new Map<number, number[]>();
  clusters.forEach((c, k) => joined.set(find(k), [...(joined.get(find(k)) ?? []), ...c]));
  return [...joined.values()];
}

function articleProfile(id: string, claims: Claim[]): Profile {
  const merged = profile(
    bareClaim(id, id, "", {
      facets: emptyFacets({ entities: claims.flatMap((c) => c.facets.entities) }),
      terms: claims.flatMap((c) => c.terms),
    }),
  );
  for (const e of merged.entities) merged.tf.set(e, (merged.tf.get(e) ?? 0) + 1);
  return merged;
}
