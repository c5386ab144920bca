export type Features = {
  cosine: number;
  jaccard: number;
  bigrams: number;
  containment: number;
  entities: number;
  quantityMatch: number;
  quantityClash: number;
  dates: number;
  quotes: number;
  lengthRatio: number;
  unigrams: number;
  bigramsSurface: number;
  trigrams: number;
  unmatched: number;
  numberMismatch: number;
  embedding: number;
  wordsMin: number;
  wordsMax: number;
  bigramsMin: number;
  bigramsMax: number;
  trigramsMin: number;
  trigramsMax: number;
  fourgramsMin: number;
  fourgramsMax: number;
  lemmasMin: number;
  lemmasMax: number;
  unsharedMin: number;
  unsharedMax: number;
  lengthDiff: number;
  lengthSum: number;
  negation: number;
  unalignedMin: number;
  unalignedMax: number;
  alignedShare: number;
  numbersApart: number;
  numbersUnshared: number;
  charsMin: number;
  charsMax: number;
  orderMin: number;
  orderMax: number;
  fewShared: number;
  unalignedMassMin: number;
  unalignedMassMax: number;
  numbersDiffering: number;
  runMax: number;
};

export type Match = {
  a: string;
  b: string;
  score: number;
  /** Which features fired, in words an editor can check. */
  evidence: string[];
};

/** A product of two features with its own weight: how much one matters can depend on the other. */
export type Interaction = { a: keyof Features; b: keyof Features; weight: number };

export type Model = {
  /** A feature without a weight (added after the model was fitted) counts for nothing. */
  weights: Partial<Record<keyof Features, number>>;
  interactions: Interaction[];
  bias: number;
  threshold: number;
  groupThreshold: number;
};
