// Page furniture: lines a web page adds around an article. Entries are regular-expression fragments, because
// buttons and labels come in many small variants ("Share", "Share this story", "Share on Facebook").

/** Whole lines that are buttons, prompts or labels wherever they stand. */
export const FURNITURE_LINES = [
  "print( this)?( post| page| article)?",
  "share( this)?( article| story| post| on \\w+)?",
  "tweet",
  "e-?mail( this)?",
  "comments?",
  "\\d+ comments?",
  "no comments( yet)?",
  "leave (a |your )?(comment|reply)",
  "post a comment",
  "add (a )?comment",
  "related( articles| posts| stories| news)?",
  "advertisement",
  "sponsored( content)?",
  "subscribe\\b.*",
  "sign up\\b.*",
  "read more\\b.*",
  "see also",
  "back to top",
  "skip to (main )?content",
  "(main )?menu",
  "home",
  "log ?in",
  "sign in",
  "click here\\b.*",
  "(category|categories|tags?|filed under|topics?|section)\\s*:.*",
  "posted in\\b.*",
  "follow us\\b.*",
  "copyright\\b.*",
  "©.*",
  "all rights reserved\\.?",
];

/** Republication notices: "Originally, it was published here." */
export const ORIGIN_NOTICES = [
  "\\b(originally|first),? (it was |this was )?(published|appeared)\\b",
  "\\bthis is not an? .{1,40} article\\b",
];

/** Headings that open a list of other stories. */
export const LIST_HEADINGS = [
  "popular",
  "most (read|viewed|shared|popular)",
  "ranking",
  "trending",
  "recommended",
  "you may (also )?like",
  "more (from|stories|news)",
  "latest (news|stories)",
  "top stories",
  "editor'?s picks",
  "related (articles|stories|posts|news)",
  "read next",
];

/** Headings of an about-us footer. */
export const ABOUT_HEADINGS = ["about( us| the author| the authors| the publisher)?", "who we are"];

/** How an about-us footer introduces the organisation it describes: "X was founded in ...". */
export const ABOUT_VERBS = ["was founded", "was established", "was launched", "is an?", "is the"];

/** The word that opens a byline: "By Jane Doe". */
export const BYLINE_WORD = "by";

/** Class or id words that mark page furniture in most CMS templates. Regular-expression fragments. */
export const MARKUP_CLASS_WORDS = [
  "comments?",
  "share",
  "sharing",
  "social",
  "related",
  "popular",
  "ranking",
  "sidebar",
  "menu",
  "navbar",
  "nav",
  "footer",
  "advert",
  "ads?",
  "promo",
  "newsletter",
  "subscribe",
  "cookie",
  "breadcrumbs?",
  "widget",
  "recommended",
  "trending",
];
