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

/** Words before a date that make it a modifier of the noun after it: "a Friday statement", "the 2014 ban". */
export const NOUN_DETERMINERS = ["a", "an", "the", "his", "her", "its", "their", "our", "this"];

/**
 * Prepositions that open a phrase before the main clause: in "At the practice on Wednesday, he raced" the date is
 * the practice's, not the racing's.
 */
export const FRONTING_PREPOSITIONS = ["in", "at", "during", "after", "before", "following", "since", "from", "for"];

/**
 * Prepositions after a sum of money that say what it is in, from or for ("$750,000 in campaign funds", "$600
 * million from the Treasury"): the phrase picks the sum out among an article's other sums.
 */
export const MONEY_PREPOSITIONS = ["in", "from", "of", "for"];

/** Prepositions after a date that place it at an event ("divided on Tuesday during arguments", "at a rally"). */
export const EVENT_PREPOSITIONS = ["during", "at", "amid"];

/**
 * Events that recur: a date before one names which ("the 2016 election", "the 2020 race"), so another date by the
 * same noun is as likely another of them as a discrepancy. Such a noun does not make a date one event.
 */
export const RECURRING_EVENTS = [
  "election",
  "elections",
  "campaign",
  "race",
  "season",
  "budget",
  "census",
  "primary",
  "primaries",
  "caucus",
  "caucuses",
  "nomination",
  "convention",
  "midterms",
  "game",
  "games",
  "tournament",
  "championship",
  "cup",
  "olympics",
  "summit",
  "session",
  "term",
  "cycle",
  "class",
  "edition",
  "anniversary",
  "report",
  "survey",
  "poll",
  "quarter",
  "fiscal",
];
