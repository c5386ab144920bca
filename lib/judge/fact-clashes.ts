import type { Claim, DateFacet, Quantity } from "../extract/types";
import type { FactLink } from "../facts/index";
import type { Span } from "../text/span";
import type { Discrepancy } from "./types";
import { compatible, describeQuantity } from "./facts";
import { comparable, sameDate } from "./dates";
import { pairKey } from "./pairs";

type Pair = [Claim, Claim];

const at = <T extends Span>(items: T[], span: Span) => items.find((x) => x.start === span.start && x.end === span.end);

/**
 * Values of one fact that cannot both be true: the same counted noun or date about the same things, linked by the
 * fact aligner however differently the two sentences are worded. The evidence names the slot and what it is about.
 */
export function factClashes(pairs: Pair[], links: Map<string, FactLink[]>, outside = false): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const [x, y] of pairs) {
    for (const link of links.get(pairKey(x.id, y.id)) ?? []) {
      const [cx, cy] = link.a === x.id ? [x, y] : [y, x];
      // Across groups the link is the only evidence: a date must also sit by the same verb there.
      if (outside && link.kind === "date" && !link.sameVerb) continue;
      const found = link.kind === "quantity" ? quantityClash(cx, cy, link) : dateClash(cx, cy, link);
      if (!found) continue;
      // The second claim of an outside pair sits in another group: say so, so the editor can follow it there.
      if (outside) {
        found.evidence.why = `${String(found.evidence.why)}; the other claim sits in another group`;
        found.evidence.outside = y.id;
      }
      out.push(found);
    }
  }
  return out;
}

/** Why the two values belong to one fact, in words the editor can check against both sentences. */
function why(link: FactLink): string {
  const slot = link.kind === "date" ? "a date" : `the ${link.what}`;
  const verb = link.sameVerb ? " by the same verb" : "";
  return `same fact: ${slot}${verb}, both about ${link.shared.join(", ")}`;
}

function quantityClash(x: Claim, y: Claim, link: FactLink): Discrepancy | null {
  const qa = at<Quantity>(x.facets.quantities, link.at.a);
  const qb = at<Quantity>(y.facets.quantities, link.at.b);
  if (!qa || !qb || compatible(qa, qb)) return null;
  return {
    kind: "quantity",
    claimIds: [x.id, y.id],
    severity: 3,
    summary: `${describeQuantity(qa)} against ${describeQuantity(qb)}`,
    evidence: { a: side(x, qa), b: side(y, qb), why: why(link), slot: link.what, shared: link.shared },
  };
}

function dateClash(x: Claim, y: Claim, link: FactLink): Discrepancy | null {
  const da = at<DateFacet>(x.facets.dates, link.at.a);
  const db = at<DateFacet>(y.facets.dates, link.at.b);
  if (!da || !db || !comparable(da, db) || sameDate(da, db)) return null;
  return {
    kind: "date",
    claimIds: [x.id, y.id],
    severity: 2,
    summary: `"${da.text}" (${da.iso}) against "${db.text}" (${db.iso})`,
    evidence: { a: side(x, da), b: side(y, db), why: why(link), shared: link.shared },
  };
}

function side(claim: Claim, facet: Span & { text: string }) {
  return { claimId: claim.id, ...facet };
}
