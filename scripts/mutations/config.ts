// Thresholds and word lists for the mutation check, in one place so the finders stay comparable.

export const KINDS = ["quantity", "date", "quote", "surname", "hedge"] as const;
export type Kind = (typeof KINDS)[number];

/** The discrepancy kind the pipeline should raise for each planted mutation. */
export const EXPECTED: Record<Kind, string> = {
  quantity: "quantity",
  date: "date",
  quote: "quote",
  surname: "entity",
  hedge: "modality",
};

export const SEED = 20261122;
export const EVENTS_PER_BATCH = 5;
export const DEFAULT_LIMIT = 40;

/** A word is "rare" when at most this many of the corpus' articles use it: shared rare words pin the same fact. */
export const RARE_MAX_ARTICLES = 12;
/** Shared rare content words (besides the mutated value) that two sentences need to count as one fact. */
export const MIN_SHARED_RARE = 2;
/** For a hedge there is no shared value, so the sentences must overlap more. */
export const HEDGE_MIN_SHARED_RARE = 3;
export const HEDGE_MIN_SHARED_CONTENT = 5;
/** ...and those shared words must be this share of the shorter sentence's content words. */
export const HEDGE_MIN_OVERLAP = 0.4;
/** A date belongs to a fact when a shared rare word sits this many tokens or fewer from it, in both sentences. */
export const DATE_WINDOW = 3;
/** A word that opens another clause between a date and the shared word: the two belong to different happenings. */
export const SUBORDINATOR = /\b(that|which|who|whom|whose)\b/i;
/** Words before a date's noun that mark another instance of it ("its own resolution", "another appearance"). */
export const ANOTHER = new Set(["another", "own", "separate", "different"]);
export const MIN_QUOTE_WORDS = 5;
/** "I don't think I can" is five words anyone says: a shared quote needs this many content words too. */
export const MIN_QUOTE_CONTENT = 3;
export const MIN_SURNAME_LENGTH = 5;
/** A name alone does not make two sentences one fact; they must share this many other rare words. */
export const SURNAME_MIN_SHARED_RARE = 3;

/** Leading digit replacement: at least ×2 or ×0.5 away, same number of digits, so no "about" tolerance covers it. */
export const LEADING_DIGIT: Record<string, string> = {
  "1": "3",
  "2": "5",
  "3": "7",
  "4": "8",
  "5": "2",
  "6": "3",
  "7": "3",
  "8": "4",
  "9": "4",
};

/** A bound stated before a number ("more than $250,000"): a planted value on its open side is no contradiction. */
export const LOWER_BOUND = /\b(more than|over|at least|upwards of|in excess of|above|exceeding)\s+\$?$/i;
export const UPPER_BOUND = /\b(less than|fewer than|under|at most|up to|nearly|almost|below)\s+\$?$/i;

export const NUMBER_WORDS: Record<string, string> = {
  two: "five",
  three: "seven",
  four: "eight",
  five: "two",
  six: "three",
  seven: "three",
  eight: "four",
  nine: "four",
  ten: "three",
  twelve: "five",
  twenty: "fifty",
  dozen: "hundred",
  hundreds: "dozens",
  thousands: "hundreds",
};

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
/** "May" and "March" are also words; a bare month needs one of these before it or a day or year after it. */
export const MONTH_LEAD = new Set(["in", "on", "since", "until", "last", "next", "early", "late", "mid", "by", "of"]);

/** Content-word swaps inside quotes: each replacement is plausible in place and changes what was said. */
export const QUOTE_SWAPS: Record<string, string> = Object.fromEntries(
  (
    "good:bad bad:good great:terrible best:worst worst:best right:wrong wrong:right important:trivial " +
    "serious:minor strong:weak weak:strong big:small small:big large:small new:old old:new happy:sad " +
    "proud:ashamed better:worse worse:better never:always always:never everyone:nobody everything:nothing " +
    "nothing:everything all:some many:few more:less less:more most:least clear:unclear safe:dangerous " +
    "dangerous:safe fair:poor free:costly hard:easy easy:hard first:last last:first support:oppose " +
    "oppose:support win:lose lose:win love:hate hate:love want:refuse believe:doubt know:suspect " +
    "think:doubt agree:disagree accept:reject reject:accept remember:forget regret:welcome " +
    "deeply:slightly very:barely sorry:glad people:children country:state america:europe " +
    "american:european americans:europeans government:company jobs:taxes war:peace peace:war future:past " +
    "democrats:republicans republicans:democrats democratic:republican republican:democratic " +
    "conservative:liberal liberal:conservative economy:military law:rule life:career family:party " +
    "world:city nation:city today:tomorrow now:later congress:court respect:contempt " +
    "responsibility:credit freedom:security security:freedom health:wealth justice:revenge " +
    "problem:solution solution:problem success:failure failure:success guilty:innocent innocent:guilty " +
    "legal:illegal illegal:legal open:closed public:private private:public political:personal true:false " +
    "false:true increase:cut raise:cut stop:start start:stop continue:cease fight:ignore protect:abandon"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);

/** A sentence already hedged (or denied, or conditional) cannot be hedged as a clean mutation. */
export const HEDGED = new RegExp(
  "\\b(may|might|could|would|should|reportedly|allegedly|possibly|perhaps|probably|likely|unlikely|apparently|" +
    "appears?|seems?|expected|plans?|planned|denied|denies|suspected|believed|if|whether|not|no|never)\\b|n['’]t\\b",
  "i",
);
/** Verbs of saying: hedging one needs the partner to carry the same quoted words. */
export const SAYING = /^(said|told|added|wrote|says)$/;
/** Irregular past tenses the hedge may attach to (regular ones end in -ed). */
export const PAST = new RegExp(
  "^(said|told|was|were|had|made|took|gave|went|came|found|left|met|won|lost|wrote|spoke|sent|paid|held|led|" +
    "began|became|got|brought|saw|knew|ran|kept|struck|shot|fell|rose|hit|put|set|cut|sold|bought|built|fought|" +
    "threw|drove|stood|spent)$",
);
/** A sentence opening with a subordinate clause: its first verb is not the main one. */
export const SUBORDINATE =
  /^["“]?(when|after|while|as|although|though|because|since|if|before|until|once|unless|in|on|at)\b/i;
/** Titles before a surname, and verbs of saying after it, mark the name as a person's. */
export const PERSON_TITLES = new RegExp(
  "(Mr\\.|Mrs\\.|Ms\\.|Dr\\.|Rep\\.|Sen\\.|Gov\\.|Representative|Senator|Governor|Justice|Judge|President|" +
    "Secretary|Speaker|Sheriff)",
);
export const PERSON_VERBS = /said|says|told|wrote|added|argued|asked/;

/** The hedges we plant, by the shape of the verb they attach to. */
export const HEDGE_ADVERBS = ["reportedly", "allegedly"];

/** Abbreviations that end in a period without ending a sentence. */
export const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr rep sen gov gen lt col sgt st jr sr u.s u.n no jan feb aug sept sep oct nov dec d.c n.c " +
    "vs inc corp co"
  ).split(" "),
);

export const STOPWORDS = new Set(
  (
    "a an the and or but if of to in on at by for with from as into about over after before under than then that " +
    "this these those there here it its it's he she they them his her their we our you your i me my us is are was " +
    "were be been being has have had do does did not no so said says say told also who whom which what when where " +
    "why how all any some more most other such can could would should will may might just one two new mr mrs ms " +
    "up out off very like get got still even year years time day week last first people"
  ).split(" "),
);
