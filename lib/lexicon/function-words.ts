/** Articles, stripped from the front of a name's canonical form. */
export const ARTICLES = ["the", "a", "an"];

/** Lower-case words that may join the words of one name: "Bank of England", "Fund for Peace", "Johnson & Johnson". */
export const NAME_CONNECTORS = ["of", "for", "on", "de", "&"];

/** Prepositions before an unknown name that make it most often a place: "in Springfield", "near Livingston". */
export const LOCATIVE_PREPOSITIONS = ["in", "near", "from", "at", "to", "across", "outside", "around"];

/** Words between a hedge and the verb it governs: "may well have raised", "might not be the". */
export const HEDGE_FILLERS = [
  "be",
  "been",
  "being",
  "have",
  "has",
  "had",
  "not",
  "also",
  "still",
  "soon",
  "now",
  "even",
  "well",
  "further",
  "it",
  "to",
  "the",
  "a",
  "an",
  "this",
  "that",
  "their",
  "his",
  "her",
  "its",
];

/** Words too common to make a phrase two claims share mean anything: "of the", "it is", "as all". */
export const PHRASE_FILLERS = [
  "the",
  "a",
  "an",
  "of",
  "in",
  "on",
  "at",
  "to",
  "and",
  "or",
  "for",
  "with",
  "by",
  "is",
  "are",
  "was",
  "be",
  "it",
  "that",
  "this",
  "as",
  "all",
];

/** Words that negate what a sentence says ("n't" is matched as an ending). */
export const NEGATIONS = ["not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "without"];
