import type { Claim, Verb } from "../extract/types";
import type { Span } from "../text/span";
import type { Fact } from "./types";
import { stem } from "./window";

/** The claim's verbs nearest a value on each side, without crossing a clause boundary: what the value is part of. */
export function verbsAround(claim: Claim, span: Span, boundary: RegExp): { before: Verb | null; after: Verb | null } {
  const clear = (from: number, to: number) => !boundary.test(claim.text.slice(from - claim.start, to - claim.start));
  const before = claim.verbs.filter((v) => v.end <= span.start && clear(v.end, span.start)).pop() ?? null;
  const after = claim.verbs.find((v) => v.start >= span.end && clear(span.end, v.start)) ?? null;
  return { before, after };
}

/** The nearer of the two, by characters. */
export function nearest(span: Span, around: { before: Verb | null; after: Verb | null }): Verb | null {
  const { before, after } = around;
  if (!before || !after) return before ?? after;
  return span.start - before.end <= after.start - span.end ? before : after;
}

/** What eventsConflict needs of a fact. */
export type Event = Pick<Fact, "verbs" | "noun">;

/**
 * Whether two facts take part in different events: their verbs share none, and neither side's date modifies a noun
 * the other names by the same noun or a verb of its stem. "Lift the 2014 ban" and "end the 2014 ban" date one ban;
 * "Tuesday's attack" and "attacked on Tuesday" one attack.
 */
export function eventsConflict(a: Event, b: Event): boolean {
  return !sameNoun(a, b) && verbsConflict(a.verbs, b.verbs);
}

/** One side's date modifies a noun the other's names too, or names by its verb. */
export function sameNoun(a: Event, b: Event): boolean {
  return Boolean((a.noun && names(b, a.noun)) || (b.noun && names(a, b.noun)));
}

const names = (f: Event, noun: string) => f.noun === noun || f.verbs.some((v) => stem(v) === noun);

/** How many verb stems two facts share. */
export function sharedVerbs(a: string[], b: string[]): number {
  const stems = new Set(b.map(stem));
  return new Set(a.map(stem).filter((v) => stems.has(v))).size;
}

/** Two values whose verbs are known on both sides and share none take part in different events. */
export function verbsConflict(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const stems = new Set(a.map(stem));
  return !b.some((v) => stems.has(stem(v)));
}
