import type { Claim } from "../extract/types";
import type { Match, Model } from "./types";
import { profile, type Profile } from "./profile";
import { idf as idfOf, type Idf } from "./idf";
import { features } from "./features";
import { evidence } from "./evidence";
import { MODEL, probability } from "./model";
import { candidates } from "./candidates";

export type { Match, Model, Features } from "./types";
export { MODEL } from "./model";

export type Scorer = (a: string, b: string) => Match;

/**
 * Score the candidate pairs of claims that may be compared (different articles, same story),
 * and return the matches above the grouping threshold with a scorer for any further pair.
 */
export function matchClaims(claims: Claim[], storyOf: (articleId: string) => string, model: Model = MODEL): { matches: Match[]; score: Scorer; pairsScored: number } {
  const profiles = claims.map(profile);
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const idf = idfOf(profiles);
  const allowed = (a: Profile, b: Profile) => a.articleId !== b.articleId && storyOf(a.articleId) === storyOf(b.articleId);
  const score: Scorer = (a, b) => scorePair(byId.get(a)!, byId.get(b)!, idf, model);
  const pairs = candidates(profiles, idf, allowed);
  const matches = pairs.map(([i, j]) => scorePair(profiles[i]!, profiles[j]!, idf, model)).filter((m) => m.score >= model.groupThreshold);
  return { matches, score, pairsScored: pairs.length };
}

/** Claims that each say what the same thing is (to be) called assert the same designation, whatever their wording. */
export const FRAME_BONUS = 0.2;

export function scorePair(a: Profile, b: Profile, idf: Idf, model: Model = MODEL): Match {
  const { features: f, shared } = features(a, b, idf);
  const frame = [...a.labelTargets].filter((t) => b.labelTargets.has(t));
  const p = probability(f, model) + (frame.length ? FRAME_BONUS : 0);
  const why = evidence(f, shared);
  if (frame.length) why.push(`both say what ${frame.join(", ")} is to be called`);
  return { a: a.id, b: b.id, score: Math.round(Math.min(1, p) * 1000) / 1000, evidence: why };
}

/** The `match --pairs` contract: two sentences in, a decision and a score out, with IDF from the batch itself. */
export function matchSentencePairs(pairs: [Claim, Claim][], model: Model = MODEL): { same: boolean; score: number; evidence: string[] }[] {
  const profiles = pairs.map(([a, b]) => [profile(a), profile(b)] as const);
  const idf = idfOf(profiles.flat());
  return profiles.map(([a, b]) => {
    const m = scorePair(a, b, idf, model);
    return { same: m.score >= model.threshold, score: m.score, evidence: m.evidence };
  });
}
