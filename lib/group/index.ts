import type { Claim } from "../extract/types";
import type { Match, Scorer } from "../match/index";
import { MODEL } from "../match/index";
import { agglomerate } from "./agglomerate";

export { stories, type Story } from "./stories";
export { linkEntities, type EntityVariant } from "./entities";

export type ClaimCluster = { claimIds: string[]; matches: Match[] };

/**
 * Claims that assert the same fact, across articles: strongest matches first, never two claims of one
 * article in a group, and a group's mean pairwise score must stay above the grouping threshold.
 */
export function groupClaims(claims: Claim[], matches: Match[], score: Scorer): ClaimCluster[] {
  const index = new Map(claims.map((c, i) => [c.id, i]));
  const articleOf = claims.map((c) => c.articleId);
  const edges = matches.map((m) => ({ a: index.get(m.a)!, b: index.get(m.b)!, score: m.score }));
  const sim = (a: number, b: number) => (articleOf[a] === articleOf[b] ? 0 : score(claims[a]!.id, claims[b]!.id).score);
  const distinctArticles = (A: number[], B: number[]) => {
    const seen = new Set(A.map((i) => articleOf[i]));
    return B.every((i) => !seen.has(articleOf[i]));
  };
  const clusters = agglomerate(claims.length, edges, sim, MODEL.groupThreshold * 0.75, distinctArticles);
  const byPair = new Map(matches.map((m) => [`${m.a} ${m.b}`, m]));
  return clusters.map((members) => {
    const ids = members.sort((x, y) => x - y).map((i) => claims[i]!.id);
    const inside: Match[] = [];
    for (let x = 0; x < ids.length; x++)
      for (let y = x + 1; y < ids.length; y++) {
        const m = byPair.get(`${ids[x]} ${ids[y]}`) ?? byPair.get(`${ids[y]} ${ids[x]}`) ?? score(ids[x]!, ids[y]!);
        inside.push(m);
      }
    return { claimIds: ids, matches: inside };
  });
}
