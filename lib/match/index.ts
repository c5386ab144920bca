import type { Claim } from "../extract/types";
import type { Match, Model } from "./types";
import { profile, type Profile } from "./profile";
import { idf as idfOf, type Idf } from "./idf";
import { features } from "./features";
import { evidence } from "./evidence";
import { MODEL, PARAPHRASE_MODEL, probability } from "./model";
import { candidates } from "./candidates";
import { lexicon } from "../lexicon/index";

export type { Match, Model, Features } from "./types";
export { MODEL, PARAPHRASE_MODEL } from "./model";

export type Scorer = (a: string, b: string) => Match;

/**
 * Score the candidate pairs of claims that may be compared (different articles, same story),
 * and return the matches above the grouping threshold with a scorer for any further pair.
 */
export function matchClaims(
  claims: Claim[],
  storyOf: (articleId: string) => string,
  model: Model = MODEL,
): { matches: Match[]; score: Scorer; pairsScored: number } {
  const profiles = claims.map(profile);
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const idf = idfOf(profiles);
  const allowed = (a: Profile, b: Profile) =>
    a.articleId !== b.articleId && storyOf(a.articleId) === storyOf(b.articleId);
  const score: Scorer = (a, b) => scorePair(byId.get(a)!, byId.get(b)!, idf, model);
  const pairs = candidates(profiles, idf, allowed);
  const matches = pairs
    .map(([i, j]) => scorePair(profiles[i]!, profiles[j]!, idf, model))
    .filter((m) => m.score >= model.groupThreshold);
  return { matches, score, pairsScored: pairs.length };
}

/**
 * Beyond paraphrase, some facets say "same fact" on their own, whatever the surrounding wording: the same
 * words quoted (four or more), a label pinned on the same name ("designate Acme as ..."), a quoted phrase
 * found in the other claim. Each sets a floor under the paraphrase probability.
 */
export const QUOTE_FLOOR = 0.6;
export const FRAME_FLOOR = 0.5;
export const PHRASE_FLOOR = 0.4;

/** Whether a model weighs the surface features at all (the grouping model does not; the paraphrase model does). */
const SURFACE_FEATURES = [
  "charsMin",
  "charsMax",
  "orderMin",
  "orderMax",
  "unalignedMassMin",
  "unalignedMassMax",
  "numbersDiffering",
  "runMax",
];
const surfaceUse = new WeakMap<Model, boolean>();
function weighsSurface(model: Model): boolean {
  let uses = surfaceUse.get(model);
  if (uses === undefined) {
    const names = [...Object.keys(model.weights), ...(model.interactions ?? []).flatMap((i) => [i.a, i.b])];
    uses = names.some((name) => SURFACE_FEATURES.includes(name));
    surfaceUse.set(model, uses);
  }
  return uses;
}

export function scorePair(a: Profile, b: Profile, idf: Idf, model: Model = MODEL): Match {
  const { features: f, shared } = features(a, b, idf, weighsSurface(model));
  const frame = [...a.labelTargets].filter((t) => b.labelTargets.has(t));
  const sameQuote = sharedQuote(a, b);
  // A shared phrase counts only between claims about the same named things.
  const phrase = sameQuote || f.entities === 0 ? null : (quotedPhrase(a, b, idf) ?? quotedPhrase(b, a, idf));
  const p = Math.max(
    probability(f, model),
    frame.length ? FRAME_FLOOR : 0,
    sameQuote ? QUOTE_FLOOR : 0,
    phrase ? PHRASE_FLOOR : 0,
  );
  const why = evidence(f, shared);
  if (frame.length) why.push(`both say what ${frame.join(", ")} is to be called`);
  if (sameQuote) why.push("both quote the same words");
  if (phrase) why.push(`the quoted phrase "${phrase}" appears in both`);
  return { a: a.id, b: b.id, score: Math.round(Math.min(1, p) * 1000) / 1000, evidence: why };
}

/** The `match --pairs` contract: two sentences in, a decision and a score out, with IDF from the batch itself. */
export function matchSentencePairs(
  pairs: [Claim, Claim][],
  model: Model = PARAPHRASE_MODEL,
): { same: boolean; score: number; evidence: string[] }[] {
  const profiles = pairs.map(([a, b]) => [profile(a), profile(b)] as const);
  const idf = idfOf(profiles.flat());
  return profiles.map(([a, b]) => {
    const m = scorePair(a, b, idf, model);
    return { same: m.score >= model.threshold, score: m.score, evidence: m.evidence };
  });
}

function sharedQuote(a: Profile, b: Profile): boolean {
  return a.quotes.some(
    (x) =>
      x.size >= 4 &&
      b.quotes.some((y) => {
        let n = 0;
        for (const w of x) if (y.has(w)) n++;
        return n >= 4 && n / Math.min(x.size, y.size) >= 0.8;
      }),
  );
}

/** A word in at most this many claims is rare enough for a shared phrase around it to mean something. */
const RARE_DF = 4;

/**
 * A run of three or more words from one claim's quote that the other claim also has, around a rare word
 * that is neither a function word nor part of a name: two renderings of the same source text.
 */
function quotedPhrase(a: Profile, b: Profile, idf: Idf): string | null {
  const df = (w: string) => Math.min(idf.df.get(w) ?? Infinity, idf.df.get(w.replace(/s$/, "")) ?? Infinity);
  for (const q of a.quoteWords) {
    const run = longestRun(q, b.textWords);
    if (
      run.length >= 3 &&
      run.some((w) => !lexicon.matching.phraseFiller.has(w) && !a.names.has(w) && w.length > 3 && df(w) <= RARE_DF)
    )
      return run.join(" ");
  }
  return null;
}

function longestRun(x: string[], y: string[]): string[] {
  let best: [number, number] = [0, 0];
  const prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    let diag = 0;
    for (let j = 1; j <= y.length; j++) {
      const up = prev[j]!;
      prev[j] = x[i - 1] === y[j - 1] ? diag + 1 : 0;
      if (prev[j]! > best[0]) best = [prev[j]!, i];
      diag = up;
    }
  }
  return x.slice(best[1] - best[0], best[1]);
}
