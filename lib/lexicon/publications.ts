/** Common nouns for a publication; "the newspaper said" refers back to the last one named. */
export const PUBLICATION_NOUNS = [
  "newspaper",
  "paper",
  "daily",
  "agency",
  "outlet",
  "publication",
  "magazine",
  "broadcaster",
  "media",
  "report",
];

/** Words that make up the names of newspapers: "Morning Post", "Daily Herald", "Financial Times". */
export const MASTHEAD_WORDS = ["news", "times", "post", "journal", "gazette", "tribune", "herald", "press"];

/** Broadcast and online media. */
export const BROADCAST_WORDS = ["television", "tv", "radio", "wire", "website"];

/**
 * Words dropped from a source's canonical form, so "the Herald newspaper" meets "Herald" and
 * "a local news agency" meets "news agency": articles, generic publication nouns and scope words.
 */
export const SOURCE_NOISE = [
  "the",
  "a",
  "an",
  "newspaper",
  "paper",
  "daily",
  "news agency",
  "agency",
  "outlet",
  "publication",
  "report",
  "local",
  "state",
  "media",
];
