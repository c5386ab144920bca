/** Month names: a capitalised one is a date, never a person or a place. */
export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** Days named from the moment of writing. */
export const RELATIVE_DAYS = ["today", "yesterday", "tomorrow", "tonight"];

/** Words that move a time reference from the moment of writing: "last week", "earlier", "two years ago". */
export const TIME_SHIFTERS = ["this", "last", "next", "earlier", "later", "ago", "recently"];

/** Parts of a day, as in "said Friday morning". */
export const TIMES_OF_DAY = ["morning", "afternoon", "evening", "night"];

/** Calendar units shorter than a year: "next week" dates to the month, at best. */
export const SUB_YEAR_UNITS = ["week", "month"];

/** Calendar units a relative date is counted in: "last week", "next month", "this year". */
export const CALENDAR_UNITS = [...SUB_YEAR_UNITS, "year"];

/** Words for the present moment: they date nothing. */
export const NOW_WORDS = ["now", "today", "tonight", "currently"];

/**
 * Words that make a date phrase a span or a guess rather than one day, month or year another outlet could be held
 * to: "last week", "two weeks before", "days ago", "a couple of months".
 */
export const VAGUE_DATE_WORDS = [
  "week",
  "weeks",
  "weekend",
  "days",
  "months",
  "years",
  "next",
  "ago",
  "before",
  "after",
  "later",
  "earlier",
  "several",
  "recent",
  "recently",
  "past",
  "few",
  "couple",
  "second",
  "minute",
  "hour",
];

/** Words before a span of time that make it a duration, not a date: "closed for 14 weeks", "over three days". */
export const DURATION_LEADS = ["for", "over", "during", "lasting"];

/** Words that open a span of time before its first bound: "between 2009 and 2016", "beginning in 2009". */
export const RANGE_OPENERS = ["between", "from", "beginning", "starting", "began", "begun", "started"];

/** Words that lead to a span's last bound: "from 2001 to 2009", "continuing through 2016". */
export const RANGE_CLOSERS = ["to", "through", "thru", "until", "till", "and"];
