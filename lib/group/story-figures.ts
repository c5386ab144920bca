import type { Claim } from "../extract/types";
import { candidateLinks, factsOf } from "../facts/index";

/** Facts linked across two sides of a story (same slot, same anchors) must disagree at least this often... */
export const MIN_ACROSS_DISAGREEMENTS = 4;
/**
 * ...and in at least this share of the links: one changed figure among agreeing ones is a discrepancy, not an event.
 */
export const ACROSS_DISAGREE_SHARE = 0.8;

/**
 * Whether two sets of articles report two events of one kind: the facts one side states and the other states too
 * (a magnitude, a battery life, a toll, a date) nearly always carry other values across the sides. Articles of one
 * event agree on most figures and differ on a few; two earthquakes differ on all of them.
 */
export function figuresDisagree(sides: Claim[][]): boolean {
  const [a = [], b = []] = sides;
  const sideOf = new Map([...a.map((c) => [c.articleId, 0] as const), ...b.map((c) => [c.articleId, 1] as const)]);
  const facts = [...a, ...b].flatMap(factsOf);
  const articleOf = new Map(facts.map((f) => [f.claimId, f.articleId]));
  let same = 0;
  let differ = 0;
  for (const link of candidateLinks(facts, () => "story")) {
    if (sideOf.get(articleOf.get(link.a)!) === sideOf.get(articleOf.get(link.b)!)) continue;
    if (link.sameValue) same++;
    else differ++;
  }
  return differ >= MIN_ACROSS_DISAGREEMENTS && differ >= ACROSS_DISAGREE_SHARE * (same + differ);
}
