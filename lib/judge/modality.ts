import type { Claim, Modality } from "../extract/types";
import type { Discrepancy } from "./types";
import { lexicon } from "../lexicon/index";
import { fold, words } from "../text/normalize";
import { stem } from "../facts/index";

const FIRMNESS: Record<Modality, string> = {
  asserted: "stated as fact",
  reported: "stated as fact",
  planned: "planned",
  considered: "under consideration",
  possible: "possible",
  denied: "denied",
};

const HEDGED: Modality[] = ["possible", "considered", "denied"];

/**
 * One outlet says it happened, another that it may have, is said to have, or did not. It counts (severity 2, or 3
 * for a denial) when the hedge governs a word the firm claim also uses ("may have raised" against "raised",
 * "reportedly fired" against "fired"); a hedge elsewhere in the sentence is shown at severity 1.
 */
export function modalityClashes(claims: Claim[]): Discrepancy[] {
  const byClass = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = FIRMNESS[c.facets.modality.value];
    byClass.set(k, [...(byClass.get(k) ?? []), c]);
  }
  const firm = byClass.get("stated as fact") ?? [];
  if (byClass.size < 2 || firm.length === 0) return [];
  const hedged = claims.filter((c) => HEDGED.includes(c.facets.modality.value));
  const governing = hedged.flatMap((c) => {
    const word = governedWord(c);
    // A hedge on the saying ("allegedly said", "may have told") doubts words another outlet quotes or attributes.
    const saying = word !== null && reportingVerb(c, word);
    const matched = word ? firm.filter((f) => (saying ? attributes(f) : uses(f, word))) : [];
    return word && matched.length ? [{ claim: c, word, matched }] : [];
  });
  const parts = [...byClass].map(
    ([k, cs]) => `${k} (${cs.map((c) => c.facets.modality.cue ?? c.facets.modality.value).join(", ")})`,
  );
  const lead = governing[0];
  const denial = governing.some((g) => g.claim.facets.modality.value === "denied");
  const why = lead ? ` — "${lead.claim.facets.modality.cue} ${lead.word}" against a firm statement of the same` : "";
  return [
    {
      kind: "modality",
      claimIds: claims.map((c) => c.id),
      severity: lead ? (denial ? 3 : 2) : 1,
      summary: `certainty differs: ${parts.join(" vs ")}${why}`,
      evidence: {
        modality: Object.fromEntries(claims.map((c) => [c.id, c.facets.modality])),
        governs: governing.map((g) => ({ claimId: g.claim.id, word: g.word, firm: g.matched.map((f) => f.id) })),
      },
    },
  ];
}

/** Whether the governed word is one of the claim's verbs of saying. */
function reportingVerb(claim: Claim, word: string): boolean {
  return claim.verbs.some(
    (v) => v.reporting && fold(claim.text.slice(v.start - claim.start, v.end - claim.start)) === word,
  );
}

/** A firm claim that quotes or names its source states the same words as said. */
function attributes(claim: Claim): boolean {
  return claim.facets.quotes.length > 0 || claim.facets.attribution.length > 0;
}

/** Whether the firm claim says the governed word itself, or a form of it ("raised" for "raise"). */
function uses(claim: Claim, word: string): boolean {
  const key = stem(word);
  return words(claim.text).includes(word) || claim.terms.some((t) => stem(t) === key);
}

/** The first content word after the hedge ("may well have raised" → "raised"), folded. */
function governedWord(claim: Claim): string | null {
  const cue = claim.facets.modality.cue;
  if (!cue) return null;
  // The cue as a whole word: "may" is not the start of "mayor".
  const escaped = fold(cue).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const found = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").exec(fold(claim.text));
  if (!found) return null;
  const at = found.index;
  const next = words(claim.text.slice(at + cue.length)).slice(0, 4);
  return next.find((w) => !lexicon.stance.hedgeFiller.has(w) && w.length > 2) ?? null;
}
