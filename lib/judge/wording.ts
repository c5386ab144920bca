import type { Claim, Modality } from "../extract/types";
import type { EntityVariant } from "../group/entities";
import type { Discrepancy } from "./types";
import { alignQuote, changedWords, wordDiff } from "../compare/index";
import { fold, words } from "../text/normalize";

type Pair = [Claim, Claim];

/** The same words quoted, or rendered, differently: a word diff of the quoted span against its counterpart. */
export function quoteClashes(pairs: Pair[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const [x, y] of [...pairs, ...pairs.map(([a, b]): Pair => [b, a])]) {
    for (const q of x.facets.quotes) {
      if (words(q.text).length < 3) continue;
      const target = y.facets.quotes.find((qb) => alignQuote(q.text, qb.text)) ?? null;
      const span = target ? { start: 0, end: target.text.length } : alignQuote(q.text, y.text);
      if (!span) continue;
      const other = (target ? target.text : y.text).slice(span.start, span.end);
      if (words(other).join(" ") === words(q.text).join(" ") || (target && y.id < x.id)) continue;
      const diff = wordDiff(q.text, other);
      const { removed, added } = changedWords(diff);
      if (removed.length + added.length === 0) continue;
      out.push({
        kind: "quote", claimIds: [x.id, y.id], severity: target ? 3 : 2,
        summary: `${target ? "quoted differently" : "quoted in one, reworded in the other"}: ${removed.length ? `"${removed.join(" … ")}"` : "nothing"} → ${added.length ? `"${added.join(" … ")}"` : "nothing"}`,
        evidence: { quote: q.text, counterpart: other, bothQuoted: Boolean(target), diff },
      });
    }
  }
  return out;
}

const bare = (s: string) => fold(s).replace(/^(a|an|the)\s+/, "").replace(/[^\p{L}\p{N} ]/gu, "").trim();

/**
 * Different labels for the same designation: "serious security concern" against "challenge".
 * Labels that contain one another ("challenge", "national security challenge") count as one wording.
 */
export function labelClashes(claims: Claim[]): Discrepancy[] {
  const wordings: { label: string; bare: string; claimIds: string[] }[] = [];
  for (const c of claims) {
    for (const l of c.facets.labels.filter((x) => x.stance === "proposed")) {
      const b = bare(l.text);
      if (!b) continue;
      const same = wordings.find((w) => w.bare.includes(b) || b.includes(w.bare));
      if (same) { if (!same.claimIds.includes(c.id)) same.claimIds.push(c.id); }
      else wordings.push({ label: l.text, bare: b, claimIds: [c.id] });
    }
  }
  const byArticle = (w: (typeof wordings)[number]) => new Set(w.claimIds.map((id) => claims.find((c) => c.id === id)!.articleId));
  if (wordings.length < 2 || new Set(wordings.flatMap((w) => [...byArticle(w)])).size < 2) return [];
  return [{
    kind: "characterisation", claimIds: wordings.flatMap((w) => w.claimIds), severity: 3,
    summary: `labelled ${wordings.map((w) => `"${w.label}" (${w.claimIds.length} claim${w.claimIds.length > 1 ? "s" : ""})`).join(" vs ")}`,
    evidence: { wordings: wordings.map(({ label, claimIds }) => ({ label, claimIds })) },
  }];
}

const FIRMNESS: Record<Modality, string> = { asserted: "stated as fact", reported: "stated as fact", planned: "planned", considered: "under consideration", possible: "possible", denied: "denied" };

/** One outlet says it happened, another that it may, or that it is denied. */
export function modalityClashes(claims: Claim[]): Discrepancy[] {
  const byClass = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = FIRMNESS[c.facets.modality.value];
    byClass.set(k, [...(byClass.get(k) ?? []), c]);
  }
  if (byClass.size < 2) return [];
  const parts = [...byClass].map(([k, cs]) => `${k} (${cs.map((c) => c.facets.modality.cue ?? c.facets.modality.value).join(", ")})`);
  return [{
    kind: "modality", claimIds: claims.map((c) => c.id),
    severity: byClass.has("denied") ? 3 : byClass.has("stated as fact") && (byClass.has("possible") || byClass.has("under consideration")) ? 2 : 1,
    summary: `certainty differs: ${parts.join(" vs ")}`,
    evidence: Object.fromEntries(claims.map((c) => [c.id, c.facets.modality])),
  }];
}

/** A person's name spelled differently: within the group it is a discrepancy, elsewhere in the story a note. */
export function entityClashes(claims: Claim[], variants: EntityVariant[]): Discrepancy[] {
  const ids = new Set(claims.map((c) => c.id));
  return variants.flatMap((v): Discrepancy[] => {
    const here = v.spellings.filter((s) => s.claimIds.some((id) => ids.has(id)));
    if (here.length === 0) return [];
    const inGroup = here.length >= 2;
    const elsewhere = v.spellings.filter((s) => !here.includes(s)).map((s) => `"${s.text}"`);
    return [{
      kind: "entity", claimIds: here.flatMap((s) => s.claimIds.filter((id) => ids.has(id))), severity: inGroup ? 2 : 0,
      summary: inGroup
        ? `${v.canonical} is spelled ${here.map((s) => `"${s.text}"`).join(" and ")}`
        : `${v.canonical} is spelled "${here[0]!.text}" here and ${elsewhere.join(", ")} elsewhere in the story`,
      evidence: { canonical: v.canonical, spellings: v.spellings, reason: v.reason },
    }];
  });
}
