import type { Claim, Entity } from "../extract/types";
import { words } from "../text/normalize";
import { lexicon } from "../lexicon/index";
import { charGrams } from "./surface";
import { meanVector, wordVectors, type WordVectors } from "./vectors";

/** What the matcher compares of a claim, computed once per claim. */
export type Profile = {
  id: string;
  articleId: string;
  tf: Map<string, number>;
  bigrams: Set<string>;
  entities: Set<string>;
  quantities: Set<string>;
  units: Set<string>;
  years: Set<string>;
  quotes: Set<string>[];
  labelTargets: Set<string>;
  /** Surface word n-grams, stop words included: copied wording shows there first. */
  grams: [Set<string>, Set<string>, Set<string>];
  fourgrams: Set<string>;
  /** Word sequences: each quote's, and the whole claim's, for finding shared quoted phrases. */
  quoteWords: string[][];
  textWords: string[];
  names: Set<string>;
  /** Mean word vector of the content words: meaning beyond the exact words. */
  vector: Float32Array | null;
  /** Each content word's unit vector, for aligning the words one side has and the other lacks. */
  termVectors: WordVectors;
  /** Words with a digit, and whether the claim negates: differences there flip meaning. */
  numbers: Set<string>;
  /** Hashed character 4-grams of the words, sorted. */
  chars: Int32Array;
  negated: boolean;
  length: number;
};

/** How profiles name an entity: a document and a person or place of one canonical name are two things. */
export const entityKey = (e: Entity) => `${e.type === "document" ? "doc" : "ent"}:${e.canonical}`;

export function profile(claim: Claim): Profile {
  const tf = new Map<string, number>();
  for (const t of claim.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const bigrams = new Set<string>();
  for (let i = 1; i < claim.terms.length; i++) bigrams.add(`${claim.terms[i - 1]} ${claim.terms[i]}`);
  const f = claim.facets;
  const textWords = words(claim.text);
  return {
    id: claim.id,
    articleId: claim.articleId,
    tf,
    bigrams,
    entities: new Set(f.entities.map(entityKey)),
    quantities: new Set(f.quantities.map((q) => `${q.value} ${q.unit}`)),
    units: new Set(f.quantities.map((q) => q.unit)),
    years: new Set(f.dates.flatMap((d) => (d.iso ? [d.iso.slice(0, 4)] : []))),
    quotes: f.quotes.map((q) => new Set(words(q.text))).filter((s) => s.size > 0),
    labelTargets: new Set(f.labels.flatMap((l) => (l.stance === "proposed" && l.target ? [l.target] : []))),
    grams: ngrams(textWords),
    fourgrams: new Set(textWords.slice(3).map((_, i) => textWords.slice(i, i + 4).join(" "))),
    quoteWords: f.quotes.map((q) => words(q.text)),
    textWords,
    vector: meanVector([...tf].map(([t, n]) => [t, n] as [string, number])),
    termVectors: wordVectors(tf.keys()),
    numbers: new Set(textWords.filter((w) => /\d/.test(w))),
    chars: charGrams(textWords),
    negated: textWords.some((w) => lexicon.matching.negation.has(w) || w.endsWith("n't")),
    names: new Set(f.entities.filter((e) => e.type !== "document").flatMap((e) => words(e.text))),
    length: claim.terms.length,
  };
}

function ngrams(ws: string[]): [Set<string>, Set<string>, Set<string>] {
  const out: [Set<string>, Set<string>, Set<string>] = [new Set(), new Set(), new Set()];
  for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= ws.length; i++) out[n - 1]!.add(ws.slice(i, i + n).join(" "));
  return out;
}
