/** Lines that are page furniture wherever they stand: buttons, prompts, labels. */
export const FURNITURE_LINE =
  /^(print( this)?( post| page| article)?|share( this)?( article| story| post| on \w+)?|tweet|e-?mail( this)?|comments?|\d+ comments?|no comments( yet)?|leave (a |your )?(comment|reply)|post a comment|add (a )?comment|related( articles| posts| stories| news)?|advertisement|sponsored( content)?|subscribe\b.*|sign up\b.*|read more\b.*|see also|back to top|skip to (main )?content|(main )?menu|home|log ?in|sign in|click here\b.*|(category|categories|tags?|filed under|topics?|section)\s*:.*|posted in\b.*|follow us\b.*|copyright\b.*|©.*|all rights reserved\.?)$/i;

/** Republication notices: "Originally, it was published here." */
export const ORIGIN_LINE =
  /\b(originally|first),? (it was |this was )?(published|appeared)\b|\bthis is not an? .{1,40} article\b/i;

/** Headings that open a list of other stories. */
export const LIST_HEADING =
  /\b(popular|most (read|viewed|shared|popular)|ranking|trending|recommended|you may (also )?like|more (from|stories|news)|latest (news|stories)|top stories|editor'?s picks|related (articles|stories|posts|news)|read next)\b/i;

export const ABOUT_HEADING = /^(about( us| the author| the authors| the publisher)?|who we are)$/i;

/** "Today is 33", "Visitors 254014": a label and a count. */
export const COUNTER = /^[\p{L}][\p{L} .]{0,24}\s\d{1,12}$/u;

export const BULLET = /^[-–—•*·]+$/;

export const BYLINE = /^by\s+\p{Lu}/u;

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

/** The organisation an about-us footer describes: "X was founded in ...". */
export const ABOUT_SUBJECT = /^["“]?(.{2,60}?)\s+(?:was founded|was established|was launched|is an?|is the)\b/;
