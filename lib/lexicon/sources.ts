/** Reporting verbs English puts before their subject: "..., said the minister". */
export const INVERTING_VERBS = [
  "say",
  "report",
  "write",
  "tell",
  "add",
  "state",
  "note",
  "announce",
  "claim",
  "confirm",
  "warn",
  "explain",
];

/** Reporting verbs that introduce a second, inner source: "citing officials", "quoting a diplomat". */
export const CITING_VERBS = ["cite", "quote"];

/** Lemmas of verbs that attribute a statement to a source: "said", "reported", "tweeted". */
export const REPORTING_VERBS = [
  ...INVERTING_VERBS,
  "emphasize",
  "emphasise",
  "stress",
  "share",
  "reveal",
  "insist",
  "argue",
  "acknowledge",
  "admit",
  "assert",
  "allege",
  "declare",
  "predict",
  "estimate",
  "suggest",
  "deny",
  "disclose",
  "testify",
  "tweet",
  "post",
  "publish",
  ...CITING_VERBS,
];

/** Verbs whose subject is a publisher: whoever "reported" or "wrote" something is a publication. */
export const PUBLISHING_VERBS = ["report", "write", "publish"];

/** Sources that go unnamed: "officials", "people familiar with the matter". Regular-expression fragments. */
export const ANONYMOUS_SOURCES = [
  "sources?",
  "officials?",
  "insiders?",
  "aides?",
  "people familiar",
  "person familiar",
  "diplomats?",
  "observers?",
  "experts?",
  "analysts?",
];

/** Words that make a source an official body or office-holder. Regular-expression fragments. */
export const OFFICIAL_SOURCES = [
  "ministry",
  "government",
  "minister",
  "spokes(man|woman|person)",
  "department",
  "agency",
  "office",
  "cabinet",
  "kremlin",
  "white house",
  "council",
  "embassy",
  "police",
  "military",
  "army",
  "fleet",
  "party",
];

/** Subject pronouns that can stand for a source. */
export const SOURCE_PRONOUNS = ["he", "she", "they", "it", "we"];

/** Words that join a noun phrase naming a source: "officials close to the talks", "a spokesman for the ministry". */
export const NOUN_PHRASE_LINKS = ["of", "at", "in", "from", "with", "familiar", "close", "'s", "’s"];
