import type { Claim, DateFacet, Quantity } from "../extract/types";
import type { Span } from "../text/span";
import { lexicon } from "../lexicon/index";
import type { Fact } from "./types";
import { BOUNDARY, claimWords, stem, windowStems } from "./window";
import { nearest as nearestVerb, verbsAround } from "./verbs";
import { LOCAL_CHARS, SAYING_DATE_GAP_WORDS } from "./thresholds";
import { nounOfDate, objectOfDate } from "./nominal";
import { sourceOfSum } from "./money";

type Bound = NonNullable<Fact["range"]>;

/** Entity types that name a participant; documents and "other" are too loose to tell facts apart. */
const PARTICIPANT = new Set(["person", "place", "country", "organisation"]);

/** A date written like "9/11" names an event; it is not a date another outlet could contradict. */
const NAMED_DATE = /^\d{1,2}\/\d{1,2}$/;

/** The quantity and date facts of one claim, each with the anchors that say what it is about. */
export function factsOf(claim: Claim): Fact[] {
  const words = claimWords(claim);
  const content = new Set(claim.terms.map(stem));
  const entities = claim.facets.entities.filter((e) => PARTICIPANT.has(e.type));
  const participants = [...new Set(entities.map((e) => `e:${e.canonical}`))];
  const make = (
    span: Span,
    kind: Fact["kind"],
    slot: string,
    what: string,
    value: string,
    range: Fact["range"] = null,
  ): Fact | null => {
    const around = verbsAround(claim, span, BOUNDARY);
    // "said Tuesday" dates the saying, not the fact: another outlet reporting a day later is no contradiction.
    const closest = nearestVerb(span, around);
    // "hired 40 nurses on Tuesday, the mayor said": an attribution after a comma does not take the date.
    // (chrono's date text may hold the comma itself: "on Tuesday,")
    const between = closest ? claim.text.slice(span.start - claim.start, closest.start - claim.start) : "";
    const dated = closest === around.after && around.before && between.includes(",") ? around.before : closest;
    if (kind === "date" && dated && lexicon.facts.saying.has(dated.lemma) && adjacent(claim, span, dated)) return null;
    // "posted in 2012" and "won in 2001": a reporting verb the date attaches to is the event it dates.
    const own = (v: typeof dated) =>
      v !== null && (!v.reporting || (kind === "date" && v === dated && adjacent(claim, span, v)));
    const verbs = [around.before, around.after].flatMap((v) => (v && own(v) ? [v.lemma] : []));
    // "Tuesday's arguments", "the 2014 ban": the date is the noun's, whichever verb the sentence puts it with.
    // Only a crisp date's: "a weekend tweet" names no day, and its link to a day could only count as a disagreement.
    const written = claim.text.slice(span.start - claim.start, span.end - claim.start);
    const crisp = kind === "date" && !lexicon.calendar.vague.test(written);
    const noun = crisp ? nounOfDate(claim, words, span, content) : null;
    const object = crisp && !noun ? objectOfDate(claim, words, span, content) : null;
    const slotStem = slot.split(":").pop() ?? "";
    const stems = windowStems(claim, words, span, content);
    stems.delete(slotStem);
    // An age belongs to the one person named nearest it, not to the sentence's other actors.
    const people = entities.filter((e) => e.type === "person" && Math.abs(e.start - span.start) < LOCAL_CHARS);
    const local = lexicon.facts.personalUnits.has(what) ? nearest(people, span) : [];
    return {
      start: span.start,
      end: span.end,
      claimId: claim.id,
      articleId: claim.articleId,
      kind,
      slot,
      what,
      verbs,
      noun,
      anchors: [...[...stems.keys()].map((s) => `w:${s}`), ...participants],
      words: Object.fromEntries([...stems].map(([s, w]) => [`w:${s}`, w])),
      local: [...new Set(local.map((e) => `e:${e.canonical}`))],
      value,
      ...(range ? { range } : {}),
      ...(object ? { object } : {}),
    };
  };
  const quantities = claim.facets.quantities
    .filter((q) => comparableQuantity(q, claim))
    .map((q) => withSource(make(q, "quantity", slotOf(q), q.unit, valueOf(q)), sourceOfSum(claim, words, q)));
  // "a leader from yesterday": inside quotation marks a relative date counts from the speaker's day, not the article's.
  const quoted = (d: DateFacet) => d.relative && claim.facets.quotes.some((q) => q.start <= d.start && d.end <= q.end);
  const kept = claim.facets.dates.filter((d) => datable(d) && !quoted(d));
  const bounds = rangesOf(claim, kept);
  const dates = kept.map((d) => make(d, "date", "date", "date", d.iso!, bounds.get(d) ?? null));
  return [...quantities, ...dates].filter((f): f is Fact => f !== null);
}

const withSource = (f: Fact | null, source: string | null): Fact | null => (f && source ? { ...f, source } : f);

/** "No. 2" is a rank, not a quantity another outlet could contradict. */
const RANK_BEFORE = /\bNo\.?\s*$/;

export function comparableQuantity(q: Quantity, claim: Claim): boolean {
  const before = claim.text.slice(Math.max(0, q.start - claim.start - 6), q.start - claim.start);
  return q.dimension !== "number" && q.unit !== "" && !RANK_BEFORE.test(before);
}

/**
 * "two other documents", "3,000 more troops": a count of part of a set, which another outlet may count whole. It
 * is compared only with a count of the same part ("thousands more boots" against "hundreds more boots").
 */
export function partOf(q: Quantity): string {
  if (q.dimension !== "count") return "";
  return lexicon.facts.partialCount.exec(q.text)?.[0]?.toLowerCase() ?? "";
}

/** What a figure must share with another to be compared: its unit, and the part of a set it counts, if any. */
export function unitKey(q: Quantity): string {
  const part = partOf(q);
  return part ? `${q.unit}+${part}` : q.unit;
}

/**
 * "said on Tuesday", "told reporters Tuesday": the date sits by the saying. In "told the Times he had misspoken at
 * the 2008 event" it dates something else, which the tagger may not know for a verb.
 */
function adjacent(claim: Claim, span: Span, verb: Span): boolean {
  const from = Math.min(span.end, verb.end) - claim.start;
  const to = Math.max(span.start, verb.start) - claim.start;
  const gap = claim.text.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? [];
  return gap.length <= SAYING_DATE_GAP_WORDS;
}

function nearest<T extends Span>(items: T[], span: Span): T[] {
  const sorted = [...items].sort((a, b) => Math.abs(a.start - span.start) - Math.abs(b.start - span.start));
  return sorted.slice(0, 1);
}

/**
 * The dates that bound a span, each with its role and the other bound: two dates in a row, the first after an
 * opener ("between", "from", "beginning in") and the second after a closer ("and", "to", "through") right after it.
 */
export function rangesOf(claim: Claim, dates: DateFacet[]): Map<DateFacet, Bound> {
  const out = new Map<DateFacet, Bound>();
  const sorted = [...dates].sort((x, y) => x.start - y.start);
  const slice = (from: number, to: number) => claim.text.slice(from - claim.start, to - claim.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [first, last] = [sorted[i]!, sorted[i + 1]!];
    if (out.has(first) || !lexicon.calendar.rangeOpener.test(slice(claim.start, first.start))) continue;
    if (!lexicon.calendar.rangeCloser.test(slice(first.end, last.start))) continue;
    out.set(first, { role: "start", other: last.iso! });
    out.set(last, { role: "end", other: first.iso! });
  }
  return out;
}

function datable(d: DateFacet): boolean {
  return d.iso !== null && !NAMED_DATE.test(d.text.trim());
}

export function slotOf(q: Quantity): string {
  const part = partOf(q);
  return `${q.dimension}:${q.dimension === "count" ? stem(q.unit) : q.unit}${part ? `+${part}` : ""}`;
}

function valueOf(q: Quantity): string {
  return `${q.qualifier} ${q.value} ${q.unit}`;
}
