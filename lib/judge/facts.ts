import type { Article } from "../ingest/types";
import type { Claim, DateFacet, Quantity } from "../extract/types";
import { comparable, sameDate } from "./dates";
import { pairKey } from "./pairs";
import { comparableQuantity, eventsConflict, unitKey, type Event } from "../facts/index";
import type { Discrepancy } from "./types";

type Pair = [Claim, Claim];

/** Whether two figures of two grouped claims can be one fact (an age of one person is not an age of another). */
export type SameFact = (x: Claim, qx: Quantity, y: Claim, qy: Quantity) => boolean;

/** A claim's date with the verb it dates, as the fact extractor found them. */
export type DatedFact = Event & { facet: DateFacet };

/**
 * Numbers in the same unit that cannot both be true, allowing for stated bounds ("up to", "about").
 * Each side must have a value the other cannot match: a claim that adds a second figure does not contradict.
 */
export function quantityClashes(
  pairs: Pair[],
  linked: Set<string> = new Set(),
  oneFact: SameFact = () => true,
): Discrepancy[] {
  const out: Discrepancy[] = [];
  const seen = new Map<string, Discrepancy>();
  // Only figures that can be facts: no bare numbers or ranks; a partial count ("two other documents") only
  // against a count of the same part.
  const facts = (c: Claim) => c.facets.quantities.filter((q) => comparableQuantity(q, c));
  const same = (q: Quantity, o: Quantity) => unitKey(o) === unitKey(q);
  const unmatched = (from: Claim, to: Claim) =>
    facts(from).filter(
      (q) => facts(to).some((o) => same(q, o)) && !facts(to).some((o) => same(q, o) && compatible(q, o)),
    );
  for (const [x, y] of pairs) {
    if (linked.has(pairKey(x.id, y.id))) continue;
    const ux = unmatched(x, y);
    const uy = unmatched(y, x);
    for (const qa of ux) {
      const qb = uy.find((q) => same(q, qa) && oneFact(x, qa, y, q));
      if (!qb) continue;
      // One finding per pair of values ("12 % against 15 %"), listing every claim that states either.
      const key = [qa, qb]
        .map((q) => `${q.qualifier} ${q.value} ${q.unit}`)
        .sort()
        .join("|");
      const known = seen.get(key);
      if (known) {
        for (const id of [x.id, y.id]) if (!known.claimIds.includes(id)) known.claimIds.push(id);
        continue;
      }
      const found: Discrepancy = {
        kind: "quantity",
        claimIds: [x.id, y.id],
        severity: 3,
        summary: `${describeQuantity(qa)} against ${describeQuantity(qb)}`,
        evidence: {
          a: { claimId: x.id, text: qa.text, value: qa.value, unit: qa.unit, qualifier: qa.qualifier },
          b: { claimId: y.id, text: qb.text, value: qb.value, unit: qb.unit, qualifier: qb.qualifier },
        },
      };
      seen.set(key, found);
      out.push(found);
    }
  }
  return out;
}

/** Qualifiers that bound a figure on one side. */
const BOUNDS = new Set(["up-to", "at-most", "less-than", "at-least", "more-than"]);
/** Relative tolerance of a figure stated exactly, and of one stated "about". */
const EXACT = 0.005;
const ABOUT = 0.15;
/** "Hundreds", "thousands": from two of the round unit up to ten of them. */
const SEVERAL: [number, number] = [2, 10];

export function interval(q: Quantity): [number, number] {
  const v = q.value;
  switch (q.qualifier) {
    case "about":
      return [v * (1 - ABOUT), v * (1 + ABOUT)];
    // "nearly 60": a little under 60, never 10.
    case "nearly":
      return [v * (1 - ABOUT), v];
    // "hundreds": two hundred to a thousand; "thousands" against "hundreds" is a discrepancy.
    case "several":
      return [v * SEVERAL[0], v * SEVERAL[1]];
    case "up-to":
    case "at-most":
    case "less-than":
      return [0, v];
    case "at-least":
    case "more-than":
      return [v, Infinity];
    default:
      return [v * (1 - EXACT), v * (1 + EXACT)];
  }
}

export function compatible(a: Quantity, b: Quantity): boolean {
  // The same bound on both sides ("at least 5" and "at least 2") states two different figures.
  if (a.qualifier === b.qualifier && BOUNDS.has(a.qualifier)) return Math.abs(a.value - b.value) <= EXACT * a.value;
  const [a0, a1] = interval(a);
  const [b0, b1] = interval(b);
  return a0 <= b1 && b0 <= a1;
}

export function describeQuantity(q: Quantity): string {
  if (q.qualifier === "several") {
    const [lo, hi] = interval(q).map((n) => n.toLocaleString("en-US"));
    return `${lo} to ${hi} ${q.unit} ("${q.text}")`;
  }
  const bound = q.qualifier === "exact" ? "" : `${q.qualifier.replace("-", " ")} `;
  return `${bound}${q.value.toLocaleString("en-US")}${q.unit ? ` ${q.unit}` : ""} ("${q.text}")`;
}

/**
 * Grouped claims that each date one event, and not the same day. Dates of the saying ("said Tuesday") are no facts
 * and were left out by the fact extractor; pairs the fact aligner linked are judged there, date by date.
 */
export function dateClashes(
  pairs: Pair[],
  datesOf: (claimId: string) => DatedFact[],
  linked: Set<string>,
): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const [x, y] of pairs) {
    if (linked.has(pairKey(x.id, y.id))) continue;
    const [fx, fy] = [datesOf(x.id), datesOf(y.id)];
    if (fx.length !== 1 || fy.length !== 1) continue;
    // Each date's own verb, both known and different: "issued on Friday" and "charged last Friday" date two events.
    if (eventsConflict(fx[0]!, fy[0]!)) continue;
    const dx = [fx[0]!.facet];
    const dy = [fy[0]!.facet];
    if (!comparable(dx[0]!, dy[0]!) || sameDate(dx[0]!, dy[0]!)) continue;
    out.push({
      kind: "date",
      claimIds: [x.id, y.id],
      severity: 2,
      summary: `"${dx[0]!.text}" (${dx[0]!.iso}) against "${dy[0]!.text}" (${dy[0]!.iso})`,
      evidence: { a: { claimId: x.id, ...dx[0] }, b: { claimId: y.id, ...dy[0] } },
    });
  }
  return out;
}

const DAY = 86_400_000;

/** A note, not a discrepancy: articles far apart in time may each be right for their day. */
export function timingNote(claims: Claim[], articles: Map<string, Article>): Discrepancy[] {
  const dated = claims
    .flatMap((c) => {
      const d = articles.get(c.articleId)?.publishedAt;
      return d ? [{ c, d }] : [];
    })
    .sort((a, b) => a.d.localeCompare(b.d));
  const first = dated[0];
  const last = dated[dated.length - 1];
  if (!first || !last) return [];
  const days = Math.round((Date.parse(last.d) - Date.parse(first.d)) / DAY);
  if (days < 30) return [];
  const span = days >= 60 ? `${Math.round(days / 30.4)} months` : `${days} days`;
  return [
    {
      kind: "timing",
      claimIds: [first.c.id, last.c.id],
      severity: 0,
      summary: `published ${span} apart (${first.d} and ${last.d}): the story may have moved on between them`,
      evidence: { earliest: first.d, latest: last.d, days },
    },
  ];
}
