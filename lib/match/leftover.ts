import type { Features } from "./types";
import type { Idf } from "./idf";
import type { Profile } from "./profile";
import { dotAt } from "./vectors";

export type LeftoverFeatures = Pick<Features, "unalignedMassMin" | "unalignedMassMax" | "numbersDiffering" | "runMax">;

/** Nothing left over, no run: what a model that does not weigh these features is given, at no cost. */
export const NO_LEFTOVER: LeftoverFeatures = {
  unalignedMassMin: 0,
  unalignedMassMax: 0,
  numbersDiffering: 0,
  runMax: 0,
};

/**
 * What each side says that the other does not, weighed: the IDF mass of its words left unmatched (a word with
 * a close vector on the other side counts as matched in proportion to the cosine), how many numbers differ,
 * and the longest run of words both share in order (as a share of the shorter claim). A paraphrase that drops
 * a clause or changes a figure leaves rare words or numbers over.
 */
export function leftover(a: Profile, b: Profile, idf: Idf): LeftoverFeatures {
  const massA = unalignedMass(a, b, idf);
  const massB = unalignedMass(b, a, idf);
  const differing =
    [...a.numbers].filter((n) => !b.numbers.has(n)).length + [...b.numbers].filter((n) => !a.numbers.has(n)).length;
  const shorter = Math.min(a.textWords.length, b.textWords.length);
  return {
    unalignedMassMin: Math.min(massA, massB),
    unalignedMassMax: Math.max(massA, massB),
    numbersDiffering: Math.log1p(differing),
    runMax: shorter ? longestCommonRun(a.textWords, b.textWords) / shorter : 0,
  };
}

/** The share of `from`'s IDF mass not matched in `to`: shared words count fully, others by their best cosine. */
export function unalignedMass(from: Profile, to: Profile, idf: Idf): number {
  const { terms, vectors } = from.termVectors;
  let total = 0;
  let left = 0;
  for (const t of from.tf.keys()) {
    const w = idf.weight(t);
    total += w;
    if (to.tf.has(t)) continue;
    const i = terms.indexOf(t);
    let best = 0;
    if (i >= 0)
      for (let j = 0; j < to.termVectors.terms.length; j++)
        best = Math.max(best, dotAt(vectors, i, to.termVectors.vectors, j));
    left += w * (1 - best);
  }
  return total ? left / total : 0;
}

/** Length of the longest run of consecutive words the two sequences share, in one row of memory. */
export function longestCommonRun(x: string[], y: string[]): number {
  const row = new Int32Array(y.length + 1);
  let best = 0;
  for (let i = 1; i <= x.length; i++) {
    let diag = 0;
    for (let j = 1; j <= y.length; j++) {
      const up = row[j]!;
      row[j] = x[i - 1] === y[j - 1] ? diag + 1 : 0;
      best = Math.max(best, row[j]!);
      diag = up;
    }
  }
  return best;
}
