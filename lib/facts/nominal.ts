import type { Claim } from "../extract/types";
import type { Span } from "../text/span";
import { lexicon } from "../lexicon/index";
import { BOUNDARY, type Word } from "./window";

const POSSESSIVE = /^['’]s\b/;

/**
 * The noun a date modifies, when it modifies one rather than the verb beside it: "Tuesday's arguments", "a Friday
 * statement", "the 2014 ban", "At the practice on Wednesday, he raced". The date then dates the noun's event, which
 * the verb does not name: "lift the 2014 ban" and "end the 2014 ban" date one ban. Returns the noun's stem.
 */
export function nounOfDate(claim: Claim, words: Word[], span: Span, content: Set<string>): string | null {
  const before = claim.text.slice(0, span.start - claim.start);
  const after = claim.text.slice(span.end - claim.start);
  const next = words.findIndex((w) => w.start >= span.end);
  const nounPhrase = (from: number, until = claim.end) => head(claim, words, from, until, content);
  if (POSSESSIVE.test(after) && next >= 0) return nounPhrase(next);
  if (lexicon.facts.determinerBefore.test(before) && next >= 0 && adjacent(claim, span.end, words[next]!.start))
    return nounPhrase(next);
  // "divided on Tuesday during arguments": the phrase right after the date names the event it dates. After a comma
  // ("Later on Sunday, at a house party") it may be a further step of the day.
  const at = words.findIndex((w) => w.start >= span.end && noun(claim, w, content));
  const between = at >= 0 ? claim.text.slice(span.start - claim.start, words[at]!.start - claim.start) : "";
  if (at >= 0 && !between.includes(",") && lexicon.facts.atEvent.test(between.slice(span.end - span.start)))
    return nounPhrase(at);
  if (!fronted(claim, before, span)) return null;
  // "In a speech to conservatives on Saturday, ...": the phrase's first noun is its event.
  const first = words.findIndex((w) => w.end <= span.start && noun(claim, w, content));
  return first >= 0 ? nounPhrase(first, span.start) : null;
}

/**
 * The last noun of the run of nouns from word `from` on, before offset `until` ("baseball practice shooting"), or
 * null when there is none or it names a recurring event.
 */
function head(claim: Claim, words: Word[], from: number, until: number, content: Set<string>): string | null {
  let last: Word | null = null;
  for (const w of words.slice(from)) {
    if (w.end > until || !content.has(w.stem) || verb(claim, w)) break;
    if (last && !adjacent(claim, last.end, w.start)) break;
    if (!inside(claim.facets.entities, w)) last = w;
  }
  if (!last) return null;
  const written = claim.text.slice(last.start - claim.start, last.end - claim.start).toLowerCase();
  // "the 2016 election": the date says which of many, so the noun does not make two dates one event.
  if (lexicon.facts.recurring.has(written)) return null;
  return last.stem;
}

/**
 * The object of the verb a date follows, when the date comes right after it: "passed a resolution Tuesday",
 * "adopted a resolution on Tuesday" (a verb, a determiner, then nouns only). The date is the verb's, but the
 * object names what was done, however each outlet words the verb. Returns the object's stem.
 */
export function objectOfDate(claim: Claim, words: Word[], span: Span, content: Set<string>): string | null {
  let first = words.findLastIndex((w) => w.end <= span.start);
  if (first < 0 || !adjacent(claim, words[first]!.end, span.start) || !noun(claim, words[first]!, content)) return null;
  const last = first;
  while (
    first > 0 &&
    noun(claim, words[first - 1]!, content) &&
    adjacent(claim, words[first - 1]!.end, words[first]!.start)
  )
    first--;
  const determiner = lexicon.facts.determinerBefore.exec(claim.text.slice(0, words[first]!.start - claim.start));
  if (!determiner) return null;
  const at = claim.start + determiner.index + determiner[0].search(/\p{L}/u);
  if (!claim.verbs.some((v) => v.end <= at && adjacent(claim, v.end, at))) return null;
  return head(claim, words, first, words[last]!.end, content);
}

/** The date closes a phrase the claim opens with, before the main clause: a comma comes before the next verb. */
function fronted(claim: Claim, before: string, span: Span): boolean {
  if (!lexicon.facts.fronted.test(before) || before.includes(",") || BOUNDARY.test(before)) return false;
  const verbAfter = claim.verbs.find((v) => v.start >= span.end);
  const upTo = verbAfter ? verbAfter.start : claim.end;
  const date = claim.text.slice(span.start - claim.start, span.end - claim.start);
  return date.trimEnd().endsWith(",") || claim.text.slice(span.end - claim.start, upTo - claim.start).includes(",");
}

const adjacent = (claim: Claim, from: number, to: number) =>
  /^[\s-]*$/.test(claim.text.slice(from - claim.start, to - claim.start));

const inside = (spans: Span[], w: Span) => spans.some((s) => s.start <= w.start && w.end <= s.end);

/** A verb the tagger found at the word ("follow" in "follow-up" does not make it one). */
const verb = (claim: Claim, w: Word) => inside(claim.verbs, w);

const noun = (claim: Claim, w: Word, content: Set<string>) =>
  content.has(w.stem) && !verb(claim, w) && !inside(claim.facets.entities, w);
