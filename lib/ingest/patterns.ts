import { lexicon } from "../lexicon/index";

// The furniture words live in the lexicon; what stays here is the syntax of datelines, bullets and counters.
export const {
  line: FURNITURE_LINE,
  origin: ORIGIN_LINE,
  listHeading: LIST_HEADING,
  aboutHeading: ABOUT_HEADING,
  aboutSubject: ABOUT_SUBJECT,
  byline: BYLINE,
} = lexicon.furniture;

/** "Today is 33", "Visitors 254014": a label and a count. */
export const COUNTER = /^[\p{L}][\p{L} .]{0,24}\s\d{1,12}$/u;

export const BULLET = /^[-–—•*·]+$/;

/** Stray HTML comments, including ones whose dashes a word processor turned into en dashes. */
export const HTML_COMMENT = /<!(?:--|–)[\s\S]*?(?:--|–)>/g;

/** "date 2021-05-04 PARIS, May 4 – Agency. " */
export const DATELINE_AGENCY =
  /^(?:date\s+(\d{4}-\d{2}-\d{2})\s+)?\p{Lu}[\p{Lu} .'-]*\p{Lu},\s+(\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:,\s*\d{4})?)\s+[–—-]+\s+(\p{Lu}[\p{L}\d .&'-]{1,40}?)\.\s/u;

/** "WASHINGTON (Reuters) - " */
export const DATELINE_PAREN = /^\p{Lu}[\p{Lu} .'-]*\p{Lu}(?:,\s+[\p{L}\d. ]+?)?\s+\(([^)]{2,40})\)\s+[–—-]+\s+/u;

/** "LONDON — " */
export const DATELINE_PLAIN = /^\p{Lu}[\p{Lu} .'-]{2,}\p{Lu}(?:,\s+\p{Lu}[\p{L}.]+)?\s+[–—]\s+/u;

/** "date 2022-12-10 " on its own. */
export const DATE_PREFIX = /^date\s+(\d{4}-\d{2}-\d{2})\s+/i;
