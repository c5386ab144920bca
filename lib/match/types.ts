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
};

export type Match = {
  a: string;
  b: string;
  score: number;
  /** Which features fired, in words an editor can check. */
  evidence: string[];
};

export type Model = {
  weights: Record<keyof Features, number>;
  bias: number;
  threshold: number;
  groupThreshold: number;
};
