import type { Claim } from "../extract/types";
import type { Match, Scorer } from "../match/index";
import { MODEL } from "../match/index";
import { describeLink, FACT_FLOOR, type FactLink } from "../facts/index";
import { agglomerate } from "./agglomerate";

export { stories, type Story } from "./stories";
export { lookupTerms, STORY_TERM_MAX_ARTICLES, storyTerms } from "./story-terms";
export { linkEntities, type EntityVariant } from "./entities";

export type ClaimCluster = { claimIds: string[]; matches: Match[] };

const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * Claims that assert the same fact, across articles: strongest matches first, never two claims of one
 * article in a group, and a group's mean pairwise score must stay above the grouping threshold.
 * A fact link whose values differ (same counted noun or date about the same things) scores at least FACT_FLOOR,
 * however the two sentences are worded: outlets rarely share a sentence, they share a fact, and a differing value
 * is the discrepancy. A link whose values agree scores only the grouping threshold, so that stronger matches go
 * first and it does not pull a long sentence away from the group its other words belong to.
 */
export function groupClaims(claims: Claim[], matches: Match[], score: Scorer, links: FactLink[] = []): ClaimCluster[] {
  const index = new Map(claims.map((c, i) => [c.id, i]));
  const articleOf = claims.map((c) => c.articleId);
  const floor = Math.max(FACT_FLOOR, MODEL.groupThreshold);
  const linked = new Map(links.map((l) => [pairKey(l.a, l.b), l]));
  const byPair = new Map(matches.map((m) => [pairKey(m.a, m.b), m]));
  for (const link of links) byPair.set(pairKey(link.a, link.b), withLink(byPair.get(pairKey(link.a, link.b)), link));
  const scoreOf = (a: string, b: string): Match => {
    const key = pairKey(a, b);
    const known = byPair.get(key);
    if (known) return known;
    const m = score(a, b);
    const link = linked.get(key);
    return link ? withLink(m, link) : m;
  };
  function withLink(m: Match | undefined, link: FactLink): Match {
    const base = m ?? score(link.a, link.b);
    const scored = Math.max(base.score, link.sameValue ? MODEL.groupThreshold : floor);
    return { ...base, score: scored, evidence: [...base.evidence, describeLink(link)] };
  }
  const edges = [...byPair.values()].map((m) => ({ a: index.get(m.a)!, b: index.get(m.b)!, score: m.score }));
  const sim = (a: number, b: number) =>
    articleOf[a] === articleOf[b] ? 0 : scoreOf(claims[a]!.id, claims[b]!.id).score;
  const distinctArticles = (A: number[], B: number[]) => {
    const seen = new Set(A.map((i) => articleOf[i]));
    return B.every((i) => !seen.has(articleOf[i]));
  };
  const clusters = agglomerate(claims.length, edges, sim, MODEL.groupThreshold * 0.75, distinctArticles);
  return clusters.map((members) => {
    const ids = members.sort((x, y) => x - y).map((i) => claims[i]!.id);
    const inside: Match[] = [];
    for (let x = 0; x < ids.length; x++)
      for (let y = x + 1; y < ids.length; y++) inside.push(scoreOf(ids[x]!, ids[y]!));
    return { claimIds: ids, matches: inside };
  });
}
