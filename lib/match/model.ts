import type { Features, Model } from "./types";
import weights from "./weights.json";

export const FEATURE_NAMES: (keyof Features)[] = [
  "cosine",
  "jaccard",
  "bigrams",
  "containment",
  "entities",
  "quantityMatch",
  "quantityClash",
  "dates",
  "quotes",
  "lengthRatio",
  "unigrams",
  "bigramsSurface",
  "trigrams",
  "unmatched",
  "numberMismatch",
  "embedding",
];

export const MODEL: Model = weights as Model;

/** Logistic regression over the pair features: the probability that two claims say the same thing. */
export function probability(f: Features, model: Model = MODEL): number {
  let z = model.bias;
  for (const name of FEATURE_NAMES) z += (model.weights[name] ?? 0) * f[name];
  return 1 / (1 + Math.exp(-z));
}
