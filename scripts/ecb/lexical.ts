// How lexically close two gold sentences are, to split recall into copies (easy) and paraphrases (hard).
import { words } from "../../lib/text/normalize";

/**
 * A pair is easy when the Jaccard index of its content words is at least this. 0.25 rather than the README's 0.5:
 * at 0.5 only 5% of pairs are easy, mostly near-copies; at 0.25 "easy" means a quarter of the vocabulary is
 * shared, which word-overlap matching can be expected to find, and "hard" means a real paraphrase.
 */
export const EASY_JACCARD = 0.25;

// Function words and reporting verbs that every news sentence shares; without them Jaccard measures content.
const STOP = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below between " +
    "both but by can could did do does doing down during each few for from further had has have having he her here " +
    "hers herself him himself his how i if in into is it its itself just me more most my no nor not now of off on " +
    "once only or other our ours out over own said same say says she should so some such than that the their theirs " +
    "them then there these they this those through to too under until up very was we were what when where which " +
    "while who whom why will with would you your yours one two new according told tells just like may might must " +
    "shall us yet"
  ).split(" "),
);

/** Folded words longer than one character, possessive 's dropped, minus the stop list. */
export function contentWords(text: string): Set<string> {
  return new Set(
    words(text)
      .map((w) => w.replace(/'s$/, ""))
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

export function jaccard(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}
