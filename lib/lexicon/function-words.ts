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
