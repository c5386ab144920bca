import type { Profile } from "./profile";
import type { Features } from "./types";
import { dotAt } from "./vectors";

/** Two different words whose vectors are at least this close count as aligned (said in other words). */
export const ALIGN_COSINE = 0.6;
/**
 * Word-vector alignment only where one side shares at least this share of its content words with the other:
 * it is the costliest feature, and below this nearly all candidate pairs in a story are unrelated (99% of MSRP
 * pairs are above it; 24% of basil-dev's candidate pairs).
 */
export const ALIGN_MIN_SHARE = 0.3;

export type AlignmentFeatures = Pick<
  Features,
  | "wordsMin"
  | "wordsMax"
  | "bigramsMin"
  | "bigramsMax"
  | "trigramsMin"
  | "trigramsMax"
  | "fourgramsMin"
  | "fourgramsMax"
  | "lemmasMin"
  | "lemmasMax"
  | "unsharedMin"
  | "unsharedMax"
  | "lengthDiff"
  | "lengthSum"
  | "negation"
  | "unalignedMin"
  | "unalignedMax"
  | "alignedShare"
  | "numbersApart"
  | "numbersUnshared"
  | "fewShared"
>;

/**
 * Directional overlaps (the smaller and larger of the two sides' shares), the content words left over on each
 * side once exact and word-vector matches are taken out, and negation and number differences: a paraphrase
 * leaves little over on either side, a related sentence that says more leaves much on one.
 */
export function alignment(a: Profile, b: Profile): AlignmentFeatures {
  const [wordsMin, wordsMax] = shares(a.grams[0], b.grams[0]);
  const [bigramsMin, bigramsMax] = shares(a.grams[1], b.grams[1]);
  const [trigramsMin, trigramsMax] = shares(a.grams[2], b.grams[2]);
  const [fourgramsMin, fourgramsMax] = shares(a.fourgrams, b.fourgrams);
  const [lemmasMin, lemmasMax] = shares(a.tf, b.tf);
  const onlyA = [...a.tf.keys()].filter((t) => !b.tf.has(t));
  const onlyB = [...b.tf.keys()].filter((t) => !a.tf.has(t));
  const worthAligning = lemmasMax >= ALIGN_MIN_SHARE;
  const leftA = onlyA.length - (worthAligning ? aligned(onlyA, a, b) : 0);
  const leftB = onlyB.length - (worthAligning ? aligned(onlyB, b, a) : 0);
  const [numbersMin] = shares(a.numbers, b.numbers);
  const anyNumbers = a.numbers.size + b.numbers.size > 0;
  return {
    wordsMin,
    wordsMax,
    bigramsMin,
    bigramsMax,
    trigramsMin,
    trigramsMax,
    fourgramsMin,
    fourgramsMax,
    lemmasMin,
    lemmasMax,
    unsharedMin: Math.log1p(Math.min(onlyA.length, onlyB.length)),
    unsharedMax: Math.log1p(Math.max(onlyA.length, onlyB.length)),
    lengthDiff: Math.log1p(Math.abs(a.textWords.length - b.textWords.length)),
    lengthSum: Math.log1p(a.textWords.length + b.textWords.length),
    negation: a.negated !== b.negated ? 1 : 0,
    unalignedMin: Math.log1p(Math.min(leftA, leftB)),
    unalignedMax: Math.log1p(Math.max(leftA, leftB)),
    alignedShare: (onlyA.length - leftA + onlyB.length - leftB) / Math.max(1, onlyA.length + onlyB.length),
    numbersApart: anyNumbers ? 1 - numbersMin : 0,
    numbersUnshared: anyNumbers && numbersMin < 1 ? 1 : 0,
    // Below the gate nothing is aligned: the model must not read the leftovers as it does above it.
    fewShared: worthAligning ? 0 : 1,
  };
}

/** The smaller and the larger of the shares of each side found in the other. */
function shares(a: ReadonlySet<string> | Map<string, number>, b: ReadonlySet<string> | Map<string, number>) {
  let shared = 0;
  for (const x of a.keys()) if (b.has(x)) shared++;
  const p = a.size ? shared / a.size : 0;
  const r = b.size ? shared / b.size : 0;
  return [Math.min(p, r), Math.max(p, r)] as const;
}

/** How many of `words` (from `from`) have a word in `to` with a close vector. */
function aligned(words: string[], from: Profile, to: Profile): number {
  const { terms, vectors } = to.termVectors;
  let n = 0;
  for (const w of words) {
    const i = from.termVectors.terms.indexOf(w);
    if (i < 0) continue;
    for (let j = 0; j < terms.length; j++)
      if (dotAt(from.termVectors.vectors, i, vectors, j) >= ALIGN_COSINE) {
        n++;
        break;
      }
  }
  return n;
}
