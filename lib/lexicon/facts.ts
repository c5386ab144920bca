/**
 * Counted nouns and units (as fact slots) that say little about what is counted: two "$… billion" or "… people" in
 * one story are often different figures, so facts in these slots need more in common before they are taken as one.
 */
export const GENERIC_SLOTS = [
  "currency:USD",
  "currency:EUR",
  "currency:GBP",
  "currency:JPY",
  "percent:%",
  "percent:pp",
  "count:peopl",
  "count:perso",
  "count:time",
  "count:year",
  "count:other",
  "count:thing",
  "count:way",
  "count:thous",
  "count:milli",
  "count:billi",
];

/** Units that belong to one person: an age is about the nearest name, not the sentence's other actors. */
export const PERSONAL_UNITS = ["years old"];

/**
 * Verbs of plain saying: a date next to one ("said Tuesday") dates the saying, not the fact. Announcing, claiming
 * or filing are events in their own right, so their dates stay.
 */
export const SAYING_VERBS = ["say", "tell", "add", "note", "write", "tweet", "explain", "state", "comment", "remark"];

/** Words inside a count that make it part of a larger set ("two other documents", "3,000 more troops"). */
export const PARTIAL_COUNT_WORDS = ["other", "more", "additional", "further", "remaining", "another", "extra", "new"];
