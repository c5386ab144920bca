// Cues for how firmly a sentence asserts, and how much it is worth checking. Entries are regular-expression
// fragments matched between word boundaries; the order of a list is the order in which a cue is preferred.

/** A source rejecting the content. */
export const DENIAL_CUES = [
  "denied",
  "denies",
  "deny",
  "denying",
  "rejected",
  "rejects",
  "refuted",
  "refutes",
  "dismissed as",
  "called .{0,20}false",
];

/** Hedges that make the content possible rather than so; matched with a capital first letter too. */
export const POSSIBILITY_CUES = [
  "may",
  "might",
  "could",
  "possibly",
  "perhaps",
  "likely",
  "unlikely",
  "is possible",
  "it is possible",
  "potentially",
  "reportedly",
  "allegedly",
  "purportedly",
  "supposedly",
  "apparently",
  "is said to",
  "are said to",
  "was said to",
  "were said to",
  "is believed to",
  "are believed to",
];

/** Possibility cues matched in lower case only: "May" is usually the month. */
export const LOWER_CASE_ONLY_CUES = ["may", "is possible"];

/** Something weighed but not decided. */
export const CONSIDERATION_CUES = [
  "considering",
  "consider",
  "considers",
  "mulling",
  "mulls",
  "weighing",
  "weighs",
  "under consideration",
  "on the agenda",
  "studying",
  "exploring",
  "looking into",
  "debating",
];

/** Something decided for the future. */
export const PLAN_CUES = [
  "plans? to",
  "planned",
  "planning",
  "intends? to",
  "intending",
  "aims? to",
  "is set to",
  "are set to",
  "is expected to",
  "are expected to",
  "shall",
  "scheduled",
  "is to be",
  "are to be",
  "seeks? to",
  "prepares? to",
  "going to",
];

/** Verbs after "will" that announce an act rather than predict a state: "will deploy", "will raise". */
export const PLANNED_ACTS = [
  "start",
  "allocate",
  "submit",
  "launch",
  "introduce",
  "adopt",
  "build",
  "deploy",
  "produce",
  "increase",
  "raise",
  "cut",
  "hold",
  "sign",
  "send",
  "spend",
  "revise",
  "review",
];

/** Adverbs after "will" that turn a plan into a forecast or a refusal. */
export const WILL_HEDGES = ["not", "likely", "probably"];

export const SUPERLATIVES = [
  "most",
  "least",
  "largest",
  "biggest",
  "highest",
  "lowest",
  "first",
  "last",
  "only",
  "record",
  "best",
  "worst",
];

export const COMPARATIVES = [
  "more",
  "less",
  "fewer",
  "greater",
  "higher",
  "lower",
  "than",
  "increase[ds]?",
  "decrease[ds]?",
  "doubled",
  "tripled",
];

/** Opinion rather than fact: an editor checks these less. */
export const OPINION_CUES = [
  "i think",
  "i believe",
  "we believe",
  "in my (view|opinion)",
  "should",
  "ought to",
  "must",
  "shameful",
  "outrageous",
  "wonderful",
  "terrible",
  "clearly",
  "obviously",
];

/** Verb stems that label or characterise something, each with its inflections. */
export const LABEL_VERBS = [
  "label(?:l?ed|l?ing|s)?",
  "designat(?:e|es|ed|ing)",
  "characteri[sz](?:e|es|ed|ing)",
  "brand(?:s|ed|ing)?",
  "call(?:s|ed|ing)?",
  "describ(?:e|es|ed|ing)",
  "classif(?:y|ies|ied|ying)",
  "regard(?:s|ed|ing)?",
  "consider(?:s|ed|ing)?",
  "nam(?:e|es|ed|ing)",
  "term(?:s|ed|ing)?",
  "identif(?:y|ies|ied|ying)",
  "list(?:s|ed|ing)?",
  "treat(?:s|ed|ing)?",
  "assess(?:es|ed|ing)?",
  "view(?:s|ed|ing)?",
];

/** Words after "as" that make it no label: "as well", "as soon as", "as long as". */
export const NOT_LABEL_AFTER_AS = ["well", "soon", "long", "much", "many", "of", "if", "though", "early", "far"];

/** Words that end a label phrase: "as a threat in the region" labels "a threat". */
export const LABEL_ENDS = ["in", "with", "by", "for", "because", "after", "since", "which", "that", "and"];

/** Words before a label that say it holds now, not proposed. */
export const CURRENT_STANCE = ["currently", "now", "still", "existing", "current"];
