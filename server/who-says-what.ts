import { changeInContext } from "../lib/present/diff-view";
import { capitalised, sourceName, type NamedArticle } from "../lib/present/names";
import { fold } from "../lib/text/normalize";
import { countsTowardVerdict } from "../lib/judge/counts";
import type { GroupEvidence, StoredDiscrepancy, StoredFacets } from "./stored-json";

/** A claim as the who-says-what line needs it: where it sits, who published it, and its facets. */
export type LineClaim = {
  id: number;
  key: string;
  start: number;
  end: number;
  text: string;
  facets: StoredFacets;
  article: NamedArticle & { id: number };
};

/** One side of a discrepancy: the value, every outlet stating it, how many independent origins, a link to its words. */
export type Side = {
  value: string;
  outlets: string[];
  /** Independent origins among the side's claims; null for a side known only by count (a spelling elsewhere). */
  origins: number | null;
  href: string | null;
  claimKeys: string[];
};

/** "North Wire, East Post: 400 km · South Gazette: 300 km" for one discrepancy, as data. */
export type WhoSaysWhat = { discrepancyId: number; kind: string; what: string; counted: boolean; sides: Side[] };

const WHAT: Record<StoredDiscrepancy["kind"], string> = {
  quantity: "figure",
  date: "date",
  quote: "quoted words",
  characterisation: "label",
  entity: "spelling",
  modality: "certainty",
  timing: "publication date",
};

type Stated = { value: string; start: number; end: number };
type Spanned = { start: number; end: number; text: string };

/** The value `claim` states in this discrepancy, with the span of its words in the article, or null. */
function stated(d: StoredDiscrepancy, claim: LineClaim, index: number): Stated | null {
  const whole = { start: claim.start, end: claim.end };
  const find = <T extends Spanned>(items: T[], text: string) => items.find((x) => fold(x.text) === fold(text));
  const within = (words: string) => {
    const at = fold(claim.text).indexOf(fold(words));
    return at < 0 ? whole : { start: claim.start + at, end: claim.start + at + words.length };
  };
  switch (d.kind) {
    case "quantity":
    case "date": {
      const facets: Spanned[] = d.kind === "quantity" ? claim.facets.quantities : claim.facets.dates;
      const sides = [d.evidence.a, d.evidence.b];
      const side = sides[index] ?? sides.find((s) => find(facets, s.text));
      if (!side) return null;
      const own =
        index < 2 && side.start !== undefined && side.end !== undefined ? { start: side.start, end: side.end } : null;
      const at = own ?? find(facets, side.text) ?? within(side.text);
      return { value: side.text, start: at.start, end: at.end };
    }
    case "quote": {
      if (index > 1) return null;
      const value = changeInContext(d.evidence.diff, index === 0 ? "removed" : "added");
      const words = index === 0 ? d.evidence.quote : d.evidence.counterpart;
      const at = find(claim.facets.quotes, words) ?? within(words);
      return value ? { value: `“${value}”`, ...at } : null;
    }
    case "characterisation": {
      const wording = d.evidence.wordings.find((w, i, all) => {
        const before = all.slice(0, i).reduce((n, x) => n + x.claimIds.length, 0);
        return index >= before && index < before + w.claimIds.length;
      });
      if (!wording) return null;
      const label = claim.facets.labels.find((l) =>
        fold(l.text).includes(fold(wording.label).replace(/^(a|an|the) /, "")),
      );
      return { value: `“${wording.label}”`, ...(label ?? within(wording.label)) };
    }
    case "entity": {
      const spelling = d.evidence.spellings.find((s) => fold(claim.text).includes(fold(s.text)));
      if (!spelling) return null;
      // The evidence keeps spellings folded (sides are told apart by them); the span is the outlet's own entity.
      const entity = claim.facets.entities.find((e) => fold(e.text).includes(fold(spelling.text)));
      return { value: capitalised(spelling.text), ...(entity ?? within(spelling.text)) };
    }
    case "modality": {
      const cue = claim.facets.modality.cue;
      return cue ? { value: `“${cue}”`, ...within(cue) } : { value: "stated as fact", ...whole };
    }
    case "timing":
      return null;
  }
}

const link = (claim: LineClaim, at: Stated) =>
  `/articles/${claim.article.id}?hl=${at.start}-${at.end}&claim=${claim.id}#hl-${at.start}`;

/**
 * The line for one discrepancy: claims stating the same value make one side, outlets listed once per side, with the
 * independent origins among them (a claim outside the group counts as its own origin). Null when fewer than two
 * sides can be told apart from the evidence, as for a timing note.
 */
export function whoSaysWhat(
  d: StoredDiscrepancy,
  claims: Map<string, LineClaim>,
  origins: Pick<GroupEvidence["origins"][number], "claimKeys">[],
): WhoSaysWhat | null {
  const sides = new Map<string, Side>();
  d.claimKeys.forEach((key, index) => {
    const claim = claims.get(key);
    const at = claim ? stated(d, claim, index) : null;
    if (!claim || !at) return;
    const side = sides.get(fold(at.value)) ?? {
      value: at.value,
      outlets: [],
      origins: 0,
      href: link(claim, at),
      claimKeys: [],
    };
    const name = sourceName(claim.article);
    if (!side.outlets.includes(name)) side.outlets.push(name);
    side.claimKeys.push(key);
    sides.set(fold(at.value), side);
  });
  if (d.kind === "entity") for (const other of elsewhere(d, sides)) sides.set(fold(other.value), other);
  if (sides.size < 2) return null;
  for (const side of sides.values()) {
    if (side.href === null) continue;
    const inGroup = origins.filter((o) => o.claimKeys.some((k) => side.claimKeys.includes(k))).length;
    const outside = side.claimKeys.filter((k) => !origins.some((o) => o.claimKeys.includes(k))).length;
    side.origins = inGroup + outside;
  }
  return {
    discrepancyId: d.id,
    kind: d.kind,
    what: WHAT[d.kind],
    counted: countsTowardVerdict(d),
    sides: [...sides.values()],
  };
}

/** A spelling this group's claims do not use, from the rest of the story: named with how many articles use it. */
function elsewhere(d: Extract<StoredDiscrepancy, { kind: "entity" }>, sides: Map<string, Side>): Side[] {
  return d.evidence.spellings
    .filter((s) => !sides.has(fold(s.text)))
    .map((s) => ({
      value: capitalised(s.text),
      outlets: [`elsewhere in the story (${s.articleIds.length} article${s.articleIds.length === 1 ? "" : "s"})`],
      origins: null,
      href: null,
      claimKeys: [],
    }));
}
