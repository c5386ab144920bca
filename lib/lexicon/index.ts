// The one door to Crosscheck's word knowledge. The lists live as data in this folder; this module compiles them
// once, at load, into the Sets and regular expressions the pipeline tests words against.
import {
  CALENDAR_UNITS,
  DURATION_LEADS,
  MONTHS,
  NOW_WORDS,
  RANGE_CLOSERS,
  RANGE_OPENERS,
  RELATIVE_DAYS,
  SUB_YEAR_UNITS,
  TIME_SHIFTERS,
  TIMES_OF_DAY,
  WEEKDAYS,
  VAGUE_DATE_WORDS,
} from "./calendar";
import {
  HONORIFICS,
  LEGISLATIVE_OFFICES,
  MINISTER_QUALIFIERS,
  NAME_SUFFIXES,
  OFFICE_ABBREVIATIONS,
  OFFICE_QUALIFIERS,
  OFFICES,
  RANK_ABBREVIATIONS,
  RANKS_READ_AS_NAMES,
  ROLES,
  SOVEREIGN_OFFICES,
} from "./titles";
import { BROADCAST_WORDS, MASTHEAD_WORDS, PUBLICATION_NOUNS, SOURCE_NOISE } from "./publications";
import {
  ANONYMOUS_SOURCES,
  CITING_VERBS,
  INVERTING_VERBS,
  NOUN_PHRASE_LINKS,
  OFFICIAL_SOURCES,
  PUBLISHING_VERBS,
  REPORTING_VERBS,
  SOURCE_PRONOUNS,
} from "./sources";
import { DOCUMENT_HEADS, ORGANISATION_WORDS, PLACE_WORDS, VERSION_MODIFIERS } from "./bodies";
import * as stance from "./stance";
import {
  ARTICLES,
  HEDGE_FILLERS,
  LOCATIVE_PREPOSITIONS,
  NAME_CONNECTORS,
  NEGATIONS,
  PHRASE_FILLERS,
} from "./function-words";
import {
  AGE_CUE,
  CURRENCY_SYMBOLS,
  MULTIPLIERS,
  NOT_A_YEAR_AFTER,
  QUALIFIER_PHRASES,
  ROUND_PLURALS,
  ROUND_SCALERS,
  ROUND_SINGULARS,
  UNITS,
  YEAR_PREPOSITIONS,
} from "./units";
import * as furniture from "./furniture";
import { countryOf } from "./countries";
import type { Modality } from "../extract/types";

import {
  EVENT_PREPOSITIONS,
  FRONTING_PREPOSITIONS,
  GENERIC_SLOTS,
  MONEY_PREPOSITIONS,
  NOUN_DETERMINERS,
  PARTIAL_COUNT_WORDS,
  PERSONAL_UNITS,
  RECURRING_EVENTS,
  SAYING_VERBS,
} from "./facts";
export { countryOf, type CountryHit } from "./countries";

/** One alternation of regular-expression fragments, as a non-capturing group. */
const anyOf = (fragments: readonly string[]): string => `(?:${fragments.join("|")})`;
/** One alternation of literal words or phrases. */
const anyWord = (words: readonly string[]): string => anyOf(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
/** Matches the first letter in either case and the rest as written: "[Mm]ight". */
const capitalisable = (cue: string): string => `[${cue[0]!.toUpperCase()}${cue[0]}]${cue.slice(1)}`;

const CALENDAR_NAMES = [...MONTHS, ...WEEKDAYS, ...RELATIVE_DAYS];
const TITLE_WORDS = [
  ...HONORIFICS,
  ...OFFICE_ABBREVIATIONS,
  ...RANK_ABBREVIATIONS.filter((r) => !RANKS_READ_AS_NAMES.includes(r)),
  ...OFFICES,
  ...LEGISLATIVE_OFFICES,
  ...OFFICE_QUALIFIERS,
];
const TITLES_BEFORE_A_NAME = [
  ...HONORIFICS,
  ...OFFICE_ABBREVIATIONS,
  ...RANK_ABBREVIATIONS,
  ...OFFICES,
  ...SOVEREIGN_OFFICES,
  ...ROLES,
];
const NAME_PREFIXES = [
  `(?:${anyWord(MINISTER_QUALIFIERS)} )?minister`,
  "president",
  ...HONORIFICS,
  ...OFFICE_ABBREVIATIONS,
];

const POSSIBILITY = stance.POSSIBILITY_CUES.map((c) =>
  stance.LOWER_CASE_ONLY_CUES.includes(c) ? c : capitalisable(c),
);
/** "will deploy", "will soon raise", but not "will not raise" or "will likely raise". */
const NOT_A_HEDGE = `(?!${stance.WILL_HEDGES.map((w) => `${w}\\b`).join("|")})`;
const WILL_ACT = `will ${NOT_A_HEDGE}(?:\\w+ ){0,1}${anyOf(stance.PLANNED_ACTS)}`;

export const lexicon = {
  facts: {
    genericSlots: new Set(GENERIC_SLOTS),
    personalUnits: new Set(PERSONAL_UNITS),
    reporting: new Set(REPORTING_VERBS),
    saying: new Set(SAYING_VERBS),
    recurring: new Set(RECURRING_EVENTS),
    partialCount: new RegExp(`\\b${anyWord(PARTIAL_COUNT_WORDS)}\\b`, "i"),
    /** Text before a date ending in a determiner: the date modifies the noun after it. */
    determinerBefore: new RegExp(`(?:^|[^\\p{L}])${anyWord(NOUN_DETERMINERS)}\\s+$`, "iu"),
    /** Text after a date that places it at an event, up to the event's noun phrase. */
    atEvent: new RegExp(`^\\s*${anyWord(EVENT_PREPOSITIONS)}\\s+(?:${anyWord(NOUN_DETERMINERS)}\\s+)?$`, "i"),
    /** Text right after a sum of money, up to the first word of what it is in, from or for. */
    moneySource: new RegExp(
      `^\\s*${anyWord(MONEY_PREPOSITIONS)}\\s+(?:${anyWord(NOUN_DETERMINERS)}\\s+)?(?=\\p{L})`,
      "iu",
    ),
    /** A claim that opens with a prepositional phrase. */
    fronted: new RegExp(`^\\W*${anyWord(FRONTING_PREPOSITIONS)}\\s`, "i"),
  },
  calendar: {
    /** A date that names a span or a guess ("last week", "days ago"): not held against another outlet's date. */
    vague: new RegExp(`\\b${anyWord(VAGUE_DATE_WORDS)}\\b`, "i"),
    /** What makes a date checkable: a number, a month, a weekday or a word naming one day. */
    crisp: new RegExp(
      [
        "\\d",
        `\\b${anyWord(MONTHS.map((m) => m.slice(0, 3)))}[a-z]*\\.?\\b`,
        `\\b${anyWord([...WEEKDAYS, ...RELATIVE_DAYS])}\\b`,
      ].join("|"),
      "i",
    ),
    /** A month, weekday or day word: never a person or a source. */
    name: new RegExp(`^${anyWord(CALENDAR_NAMES)}$`, "i"),
    /** Calendar names plus the words that go with them in "said Friday morning", "said last week". */
    timeWord: new RegExp(
      `^${anyWord([...CALENDAR_NAMES, ...TIME_SHIFTERS, ...TIMES_OF_DAY, ...CALENDAR_UNITS])}$`,
      "i",
    ),
    /** A date phrase that counts from the moment of writing. */
    relative: new RegExp(`\\b${anyWord([...RELATIVE_DAYS, ...TIME_SHIFTERS, ...WEEKDAYS, ...SUB_YEAR_UNITS])}\\b`, "i"),
    /** A month name or its abbreviation anywhere in a phrase. */
    // Whole names and the usual abbreviations only: "decades", "mayor" and "marks" name no month.
    month: new RegExp(`\\b${anyWord([...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), "sept"])}\\b`, "i"),
    subYearUnit: new RegExp(`\\b${anyWord(SUB_YEAR_UNITS)}\\b`, "i"),
    /** "for 14 weeks", "over three days": a count of time units after one of these is a duration. */
    duration: new RegExp(`\\b${anyWord(DURATION_LEADS)}\\s+(?:\\S+\\s+){1,2}?(?:day|week|month|year)s?\\b`, "i"),
    now: new RegExp(`^${anyWord(NOW_WORDS)}$`, "i"),
    /** A year-like number followed by one of these is a measure. */
    notAYearAfter: anyOf(NOT_A_YEAR_AFTER),
    /** Text before a date that makes it a span's first bound ("between", "beginning in", "from the"). */
    rangeOpener: new RegExp(`\\b${anyWord(RANGE_OPENERS)}(?:\\s+(?:in|on|the))?\\s*$`, "i"),
    /** Text between a span's two bounds: "and", "to", "and continuing through", a dash. */
    rangeCloser: new RegExp(
      `^[\\s,]*(?:(?:and\\s+)?(?:\\p{L}+ing\\s+)?${anyWord(RANGE_CLOSERS)}(?:\\s+(?:in|on))?\\s*|\\s*[-–]\\s*)$`,
      "iu",
    ),
  },
  titles: {
    /** One word of a title inside a capitalised name: "Prime", "Minister", "Sen.". */
    word: new RegExp(`^${anyWord(TITLE_WORDS)}\\.?$`, "i"),
    /** Text ending in a title, so the name after it is a person's. */
    beforeName: new RegExp(`\\b${anyWord(TITLES_BEFORE_A_NAME)}\\.?\\s*$`, "i"),
    /** A title opening a name, dropped from its canonical form. */
    namePrefix: new RegExp(`^${anyOf(NAME_PREFIXES)}\\.?\\s+`),
    article: new RegExp(`^${anyWord(ARTICLES)}\\s+`),
    /** Generational suffixes after a surname, dropped from a person's canonical form. */
    nameSuffixes: new Set(NAME_SUFFIXES),
  },
  sources: {
    reporting: new Set(REPORTING_VERBS),
    citing: new Set(CITING_VERBS),
    inverting: new Set(INVERTING_VERBS),
    publishing: new Set(PUBLISHING_VERBS),
    nounPhraseLinks: new Set(NOUN_PHRASE_LINKS),
    pronoun: new RegExp(`^${anyWord(SOURCE_PRONOUNS)}$`, "i"),
    publication: new RegExp(`\\b${anyWord([...PUBLICATION_NOUNS, ...MASTHEAD_WORDS, ...BROADCAST_WORDS])}\\b`, "i"),
    /** "the newspaper", "this report": a publication named earlier. */
    anaphoric: new RegExp(`^(?:the |this |that )?${anyWord(PUBLICATION_NOUNS)}$`, "i"),
    anonymous: new RegExp(`\\b${anyOf(ANONYMOUS_SOURCES)}\\b`, "i"),
    official: new RegExp(`\\b${anyOf(OFFICIAL_SOURCES)}\\b`, "i"),
    /** Generic words dropped from a source's canonical form (global: for replace only). */
    noise: new RegExp(`\\b${anyWord(SOURCE_NOISE)}\\b`, "g"),
  },
  names: {
    organisation: new Set([...ORGANISATION_WORDS, ...MASTHEAD_WORDS]),
    place: new Set(PLACE_WORDS),
    documentHeads: new Set(DOCUMENT_HEADS),
    versionModifiers: new Set(VERSION_MODIFIERS),
    connectors: new Set(NAME_CONNECTORS),
    afterLocative: new RegExp(`\\b${anyWord(LOCATIVE_PREPOSITIONS)}\\s+(the\\s+)?$`, "i"),
    countryOf,
  },
  quantities: {
    units: UNITS,
    multipliers: MULTIPLIERS,
    qualifiers: QUALIFIER_PHRASES.map(([q, phrases]) => [new RegExp(`\\b${anyWord(phrases)}\\s*$`, "i"), q] as const),
    currencySymbols: new Set(CURRENCY_SYMBOLS),
    yearPrepositions: new Set(YEAR_PREPOSITIONS),
    ageCue: AGE_CUE,
    roundPlurals: ROUND_PLURALS,
    roundScalers: ROUND_SCALERS,
    roundSingulars: ROUND_SINGULARS,
  },
  stance: {
    /** Modality cues in order of precedence: a denial outranks a possibility, which outranks a plan. */
    modality: [
      ["denied", new RegExp(`\\b${anyOf(stance.DENIAL_CUES)}\\b`, "i")],
      ["possible", new RegExp(`\\b${anyOf(POSSIBILITY)}\\b`)],
      ["considered", new RegExp(`\\b${anyOf(stance.CONSIDERATION_CUES)}\\b`, "i")],
      ["planned", new RegExp(`\\b${anyOf([...stance.PLAN_CUES, WILL_ACT])}\\b`, "i")],
    ] as [Modality, RegExp][],
    superlative: new RegExp(`\\b${anyOf([...stance.SUPERLATIVES, "\\w+est"])}\\b`, "i"),
    comparative: new RegExp(`\\b${anyOf(stance.COMPARATIVES)}\\b`, "i"),
    opinion: new RegExp(`\\b${anyOf(stance.OPINION_CUES)}\\b`, "i"),
    labelVerb: new RegExp(`\\b${anyOf(stance.LABEL_VERBS)}\\b`, "i"),
    notLabelAfterAs: stance.NOT_LABEL_AFTER_AS.map((w) => `${w}\\b`).join("|"),
    labelEnd: new RegExp(`\\s+${anyWord(stance.LABEL_ENDS)}\\s+`),
    hedgeFiller: new Set(HEDGE_FILLERS),
    currentStance: new RegExp(`\\b${anyWord(stance.CURRENT_STANCE)}\\b`, "i"),
  },
  matching: {
    /** Not enough on its own to make a shared quoted phrase count. */
    phraseFiller: new Set(PHRASE_FILLERS),
    negation: new Set(NEGATIONS),
  },
  furniture: {
    /** A class or id word of page furniture, between separators: "sidebar", "share-tools", "site_footer". */
    markupClass: new RegExp(`(^|[\\s_-])${anyOf(furniture.MARKUP_CLASS_WORDS)}($|[\\s_-])`, "i"),
    line: new RegExp(`^${anyOf(furniture.FURNITURE_LINES)}$`, "i"),
    origin: new RegExp(anyOf(furniture.ORIGIN_NOTICES), "i"),
    listHeading: new RegExp(`\\b${anyOf(furniture.LIST_HEADINGS)}\\b`, "i"),
    aboutHeading: new RegExp(`^${anyOf(furniture.ABOUT_HEADINGS)}$`, "i"),
    aboutSubject: new RegExp(`^["“]?(.{2,60}?)\\s+${anyOf(furniture.ABOUT_VERBS)}\\b`),
    byline: new RegExp(`^${furniture.BYLINE_WORD}\\s+\\p{Lu}`, "u"),
  },
};

export type Lexicon = typeof lexicon;
