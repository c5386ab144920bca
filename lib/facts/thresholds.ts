/** Content words either side of a value that may say what it is about (stopping early at a clause boundary)... */
export const WINDOW_WORDS = 6;
/** ...looked for among this many words either side. */
export const WINDOW_SPAN = 14;

/** Leading letters that stand for a word: "apology" and "apologised" meet, "troop" and "troops" too. */
export const STEM_LETTERS = 5;

/*
 * Anchors weigh by how few facts share them: 1 for an anchor of one fact, about 0.3 for one a third of all facts
 * carry. Two facts in one slot are one fact when they have enough in common, by share or by weight.
 */

/** At least this many anchors in common, one of them a word of the clause rather than a name. */
export const MIN_SHARED_ANCHORS = 2;
/** Share of the smaller fact's anchor weight that the two facts have in common... */
export const MIN_SHARED_SHARE = 0.34;
/** ...or the weight in common, whatever the share: two rare words, or three of middling rarity. */
export const MIN_SHARED_WEIGHT = 1.0;

/** The stricter bar for generic slots (sums of money, percentages, people): share and weight and three anchors. */
export const GENERIC_MIN_SHARED_ANCHORS = 3;
export const GENERIC_MIN_SHARED_SHARE = 0.3;
export const GENERIC_MIN_SHARED_WEIGHT = 1.5;

/**
 * When each of the two articles states only one value in a slot (one count of women, one date of a vote), one rare
 * anchor in common is enough: the story gives no other candidate for the same fact.
 */
export const UNIQUE_MIN_SHARED_WEIGHT = 0.5;

/** Facts sharing an anchor with more facts than this are too common for the anchor to mean anything. */
export const MAX_POSTING = 80;

/** The grouping score a fact link gives a pair of claims, whatever their wording. */
export const FACT_FLOOR = 0.45;

/** A date at most this many words from a verb of saying dates the saying ("said in a statement Tuesday"). */
export const SAYING_DATE_GAP_WORDS = 4;

/** A person named this close to an age (in characters) is the one whose age it is. */
export const LOCAL_CHARS = 30;

/** The paraphrase score (lib/match) above which two claims filling the same slot are one fact without more anchors. */
export const SIMILAR_CLAIMS = 0.2;

/** How much more shared weight each further rival value in an article's slot demands (beyond the first rival). */
export const RIVAL_WEIGHT = 0.5;

/** Linked facts of two articles that disagree this often, and more often than they agree, mean two events. */
export const MIN_DISAGREEMENTS = 2;

/** Dates a year against a month, or a month against a day, may be one fact; a year against a day is two. */
export const MAX_DATE_PRECISION_STEPS = 1;

/** Named participants two claims must share for a noun's date to be one event with a date of other verbs. */
export const NOUN_EVENT_MIN_SHARED_NAMES = 2;

/**
 * Verbs both sides of a date share that pick it out among an article's rival dates ("decide by June whether to
 * run"), as a shared noun does: one shared verb ("serve", "hold", "vote") recurs too often in a story to do so.
 */
export const PICKING_SHARED_VERBS = 2;

/**
 * Distinct anchors two dates of verbs with one object ("passed a resolution", "adopted a resolution") must share
 * to be one act whatever the verbs: the same object alone may be taken through several steps ("passed the bill",
 * "signed the bill").
 */
export const OBJECT_MIN_SHARED_ANCHORS = 4;
