/** Courtesy titles written before a name. */
export const HONORIFICS = ["mr", "mrs", "ms", "dr"];

/** Abbreviated offices written before a name: "Rep.", "Sen.", "Gov.". */
export const OFFICE_ABBREVIATIONS = ["rep", "sen", "gov"];

/** Abbreviated military ranks. */
export const RANK_ABBREVIATIONS = ["gen", "lt", "col", "sgt", "capt"];

/**
 * Ranks not yet read as part of a name: with "gen" there, "Gen. Martin Dempsey" would become the person
 * "Martin Dempsey" (better, but a change of behaviour that belongs in a commit of its own).
 */
export const RANKS_READ_AS_NAMES = ["gen"];

/** Offices held by one person, said before the name: "Mayor Jane Doe". */
export const OFFICES = [
  "president",
  "minister",
  "secretary",
  "chairman",
  "chairwoman",
  "chair",
  "governor",
  "senator",
  "representative",
  "mayor",
  "general",
  "judge",
  "justice",
  "spokesman",
  "spokeswoman",
  "ambassador",
  "deputy",
  "leader",
  "ceo",
  "director",
  "speaker",
];

/** Heads of state and government whose title English keeps: "Chancellor Jane Doe", "King Charles". */
export const SOVEREIGN_OFFICES = ["premier", "chancellor", "king", "queen", "prince", "princess", "pope"];

/** Legislative and advisory offices: "Congresswoman Jane Doe", "Majority Whip John Doe". */
export const LEGISLATIVE_OFFICES = ["congressman", "congresswoman", "whip", "attorney", "adviser", "advisor"];

/** Words that qualify an office inside a title: "Prime Minister", "former Vice President", "House Speaker". */
export const OFFICE_QUALIFIERS = [
  "prime",
  "vice",
  "chief",
  "senior",
  "foreign",
  "defence",
  "defense",
  "then",
  "former",
  "majority",
  "minority",
  "house",
  "senate",
];

/** Qualifiers kept before "minister" when a name is reduced to its canonical form. */
export const MINISTER_QUALIFIERS = ["prime", "deputy", "foreign", "defence", "defense"];

/** People named by role rather than office: "analyst Jane Doe", "candidate John Doe". */
export const ROLES = ["spokesperson", "lawmaker", "official", "analyst", "professor", "candidate"];

/** Generational suffixes after a surname: "Jesse Jackson Jr." is Jesse Jackson. */
export const NAME_SUFFIXES = ["jr", "sr", "ii", "iii", "iv"];
