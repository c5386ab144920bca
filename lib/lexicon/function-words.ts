/** Articles, stripped from the front of a name's canonical form. */
export const ARTICLES = ["the", "a", "an"];

/** Lower-case words that may join the words of one name: "Bank of England", "Fund for Peace", "Johnson & Johnson". */
export const NAME_CONNECTORS = ["of", "for", "on", "de", "&"];

/** Prepositions before an unknown name that make it most often a place: "in Springfield", "near Livingston". */
export const LOCATIVE_PREPOSITIONS = ["in", "near", "from", "at", "to", "across", "outside", "around"];
