import type { Article } from "../ingest/types";
import type { Claim, Quantity } from "../extract/types";
import type { Discrepancy } from "./types";

type Pair = [Claim, Claim];

/**
 * Numbers in the same unit that cannot both be true, allowing for stated bounds ("up to", "about").
 * Each side must have a value the other cannot match: a claim that adds a second figure does not contradict.
 */
export function quantityClashes(pairs: Pair[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  const seen = new Map<string, Discrepancy>();
  const unmatched = (from: Claim, to: Claim) =>
    from.facets.quantities.filter(
      (q) =>
        q.dimension !== "number" &&
        to.facets.quantities.some((o) => o.unit === q.unit) &&
        !to.facets.quantities.some((o) => o.unit === q.unit && compatible(q, o)),
    );
  for (const [x, y] of pairs) {
    const ux = unmatched(x, y);
    const uy = unmatched(y, x);
    for (const qa of ux) {
      const qb = uy.find((q) => q.unit === qa.unit);
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
        summary: `${describe(qa)} against ${describe(qb)}`,
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

export function interval(q: Quantity): [number, number] {
  const v = q.value;
  switch (q.qualifier) {
    case "about":
      return [v * 0.85, v * 1.15];
    case "up-to":
    case "at-most":
    case "less-than":
      return [0, v];
    case "at-least":
    case "more-than":
      return [v, Infinity];
    default:
      return [v * 0.995, v * 1.005];
  }
}

export function compatible(a: Quantity, b: Quantity): boolean {
  const [a0, a1] = interval(a);
  const [b0, b1] = interval(b);
  return a0 <= b1 && b0 <= a1;
}

function describe(q: Quantity): string {
  const bound = q.qualifier === "exact" ? "" : `${q.qualifier.replace("-", " ")} `;
  return `${bound}${q.value.toLocaleString("en-US")}${q.unit ? ` ${q.unit}` : ""} ("${q.text}")`;
}

/** Two claims that each state one date of the same precision, and not the same date. */
export function dateClashes(pairs: Pair[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const [x, y] of pairs) {
    // Relative dates ("Wednesday") mostly date the reporting, not the fact; compare only stated ones, at the coarser precision.
    const dx = x.facets.dates.filter((d) => d.iso && !d.relative);
    const dy = y.facets.dates.filter((d) => d.iso && !d.relative);
    if (dx.length === 1 && dy.length === 1) {
      const len = Math.min(dx[0]!.iso!.length, dy[0]!.iso!.length);
      if (dx[0]!.iso!.slice(0, len) === dy[0]!.iso!.slice(0, len)) continue;
      out.push({
        kind: "date",
        claimIds: [x.id, y.id],
        severity: 2,
        summary: `"${dx[0]!.text}" (${dx[0]!.iso}) against "${dy[0]!.text}" (${dy[0]!.iso})`,
        evidence: { a: { claimId: x.id, ...dx[0] }, b: { claimId: y.id, ...dy[0] } },
      });
    }
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
