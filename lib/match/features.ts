import type { Features } from "./types";
import type { Profile } from "./profile";
import type { Idf } from "./idf";
import { cosine } from "./vectors";
import { alignment } from "./alignment";
import { surface, type SurfaceFeatures } from "./surface";
import { leftover, NO_LEFTOVER } from "./leftover";

/** The pair's features, each in [0, 1], and the shared items that produced them. */
// Per-profile sums depend only on the profile and the IDF: compute them once, not once per pair.
const norms = new WeakMap<Idf, WeakMap<Profile, { norm2: number; mass: number }>>();

function normsOf(p: Profile, idf: Idf): { norm2: number; mass: number } {
  let byProfile = norms.get(idf);
  if (!byProfile) {
    byProfile = new WeakMap();
    norms.set(idf, byProfile);
  }
  let n = byProfile.get(p);
  if (!n) {
    n = { norm2: 0, mass: 0 };
    for (const [t, c] of p.tf) {
      const w = idf.weight(t);
      n.norm2 += (c * w) ** 2;
      n.mass += w;
    }
    byProfile.set(p, n);
  }
  return n;
}

/** IDF-weighted cosine of two profiles' words alone: all that story separation needs, at a fraction of the cost. */
export function weightedCosine(a: Profile, b: Profile, idf: Idf): number {
  let dot = 0;
  for (const [t, n] of a.tf) {
    const m = b.tf.get(t);
    if (!m) continue;
    const w = idf.weight(t);
    dot += n * m * w * w;
  }
  const na = normsOf(a, idf).norm2;
  const nb = normsOf(b, idf).norm2;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** No shared 4-grams, no shared order: what a model that does not weigh them is given, at no cost. */
const NO_SURFACE: SurfaceFeatures = { charsMin: 0, charsMax: 0, orderMin: 0, orderMax: 0 };

/**
 * `withSurface` off skips the character, word-order and leftover features, whose cost grows with both claims'
 * lengths: only the paraphrase model weighs them.
 */
export function features(a: Profile, b: Profile, idf: Idf, withSurface = true): { features: Features; shared: Shared } {
  let dot = 0;
  let sharedMass = 0;
  const sharedTerms: string[] = [];
  for (const [t, n] of a.tf) {
    const m = b.tf.get(t);
    if (!m) continue;
    const w = idf.weight(t);
    dot += n * m * w * w;
    sharedMass += w;
    sharedTerms.push(t);
  }
  const { norm2: na, mass: massA } = normsOf(a, idf);
  const { norm2: nb, mass: massB } = normsOf(b, idf);
  const union = a.tf.size + b.tf.size - sharedTerms.length;
  const sharedEntities = intersect(a.entities, b.entities);
  const sharedQuantities = intersect(a.quantities, b.quantities);
  const sharedYears = intersect(a.years, b.years);
  const quote = bestQuoteOverlap(a.quotes, b.quotes);
  const bothCounted = a.units.size > 0 && b.units.size > 0;
  return {
    features: {
      cosine: na && nb ? dot / Math.sqrt(na * nb) : 0,
      jaccard: union ? sharedTerms.length / union : 0,
      bigrams: dice(a.bigrams, b.bigrams),
      containment: Math.min(massA, massB) > 0 ? sharedMass / Math.min(massA, massB) : 0,
      entities: overlap(a.entities, b.entities, sharedEntities.length),
      quantityMatch: sharedQuantities.length > 0 ? 1 : 0,
      quantityClash: bothCounted && sharedQuantities.length === 0 && intersect(a.units, b.units).length > 0 ? 1 : 0,
      dates: sharedYears.length > 0 ? 1 : 0,
      quotes: quote,
      lengthRatio: Math.min(a.length, b.length) / Math.max(1, a.length, b.length),
      unigrams: dice(a.grams[0], b.grams[0]),
      bigramsSurface: dice(a.grams[1], b.grams[1]),
      trigrams: dice(a.grams[2], b.grams[2]),
      embedding: cosine(a.vector, b.vector),
      numberMismatch: numbersDiffer(a.grams[0], b.grams[0]) ? 1 : 0,
      unmatched: Math.max(massA, massB) > 0 ? 1 - sharedMass / Math.max(massA, massB) : 0,
      ...alignment(a, b),
      ...(withSurface ? surface(a, b) : NO_SURFACE),
      ...(withSurface ? leftover(a, b, idf) : NO_LEFTOVER),
    },
    shared: {
      terms: sharedTerms.sort((x, y) => idf.weight(y) - idf.weight(x)),
      entities: sharedEntities,
      quantities: sharedQuantities,
      years: sharedYears,
      quote,
    },
  };
}

export type Shared = { terms: string[]; entities: string[]; quantities: string[]; years: string[]; quote: number };

function intersect(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((x) => b.has(x));
}

function overlap(a: Set<string>, b: Set<string>, shared: number): number {
  const min = Math.min(a.size, b.size);
  return min ? shared / min : 0;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function bestQuoteOverlap(a: Set<string>[], b: Set<string>[]): number {
  let best = 0;
  for (const x of a)
    for (const y of b) {
      const shared = intersect(x, y).length;
      best = Math.max(best, shared / Math.max(1, Math.min(x.size, y.size)));
    }
  return best;
}

/** A number in one sentence and not the other is the commonest sign of a near-paraphrase that is not one. */
function numbersDiffer(a: Set<string>, b: Set<string>): boolean {
  const nums = (s: Set<string>) => [...s].filter((w) => /\d/.test(w));
  const x = nums(a);
  const y = nums(b);
  return x.some((n) => !b.has(n)) || y.some((n) => !a.has(n));
}
