import type { Span } from "../text/span";

export type FactKind = "quantity" | "date";

/**
 * What one claim asserts about one slot, in a form another outlet's claim can be compared with: the slot says what
 * is counted or dated, the anchors say about what (nearby content words and the claim's named participants), and
 * the value is what may differ. Anchors never include the value, so a changed value still finds its counterpart.
 */
export type Fact = Span & {
  claimId: string;
  articleId: string;
  kind: FactKind;
  /** For a quantity its dimension and unit or counted noun ("count:troop"); for a date, "date". */
  slot: string;
  /** The slot as written: the counted noun or unit, or "date". */
  what: string;
  /** Word stems of the clause around the value, prefixed "w:", and named participants, prefixed "e:". */
  anchors: string[];
  /** Lemmas of the verbs either side of the value in its clause: what happened, in which the value plays its part. */
  verbs: string[];
  /** How each word anchor is written in the claim, for saying why two facts are one. */
  words: Record<string, string>;
  /**
   * Stem of the noun a date modifies ("the 2014 ban", "Tuesday's arguments"): its event, which the verbs beside it
   * may not name ("lift" or "end" the ban). Null for quantities and for dates of a verb.
   */
  noun: string | null;
  /** Stem of the object of the verb a date follows ("passed a resolution Tuesday"), when it has one. */
  object?: string | null;
  /** Stem of what a sum of money is in, from or for ("$750,000 in campaign funds"), when the claim says. */
  source?: string;
  /**
   * A date that bounds a span ("between 2009 and 2016", "beginning in 2009 and continuing through 2016"): which
   * bound, and the other bound's value. Another outlet's span with one bound in common is the same span.
   */
  range?: { role: "start" | "end"; other: string } | null;
  /** Named participants within the clause: two facts naming only different ones are about different things. */
  local: string[];
  value: string;
};

/** Two claims of different articles that report the same fact, and why. */
export type FactLink = {
  a: string;
  b: string;
  kind: FactKind;
  slot: string;
  what: string;
  shared: string[];
  score: number;
  sameValue: boolean;
  /** Both values sit by the same verb ("pleaded guilty on Friday" and "pleaded guilty Monday"). */
  sameVerb: boolean;
  /** Where each side states its value, in its article: the judge compares the facet found there. */
  at: { a: Span; b: Span };
};
