import type { Claim, Modality } from "../extract/types";
import type { EntityVariant } from "../group/entities";
import type { Discrepancy } from "./types";
import { alignQuote, changedWords, wordDiff } from "../compare/index";
import { fold, words } from "../text/normalize";

type Pair = [Claim, Claim];

/**
 * The same words quoted, or rendered, differently: a word diff of the quoted span against its counterpart.
 * Words swapped or added inside the span change the quote (severity 3 when both quote, 2 when one rewords);
 * words only left out are an unmarked omission (severity 1); case, punctuation and "&" for "and" are not differences.
 */
export function quoteClashes(pairs: Pair[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const [p, q] of pairs) {
    const found = [...quoteDiffs(p, q), ...quoteDiffs(q, p)].sort((a, b) => b.severity - a.severity)[0];
    if (found) out.push(found);
  }
  return out;
}

function quoteDiffs(x: Claim, y: Claim): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const q of x.facets.quotes) {
    if (words(q.text).length < 3) continue;
    const target = y.facets.quotes.find((qb) => alignQuote(q.text, qb.text)) ?? null;
    const span = target ? alignQuote(q.text, target.text) : alignQuote(q.text, y.text);
    if (!span) continue;
    const other = (target ? target.text : y.text).slice(span.start, span.end);
    if (!target && /[“”"«»]/.test(other)) continue;
    const norm = (t: string) =>
      words(t.replace(/&/g, " and ").replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, "")));
    const diff = wordDiff(norm(q.text).join(" "), norm(other).join(" "));
    const { removed, added } = changedWords(diff);
    if (removed.length + added.length === 0) continue;
    const inside = trimEdges(diff);
    const substituted = inside.some((d) => d.kind === "added");
    if (!inside.some((d) => d.kind !== "same")) continue;
    const severity = substituted ? (target ? 3 : 2) : 1;
    const gone = inside.filter((d) => d.kind === "removed").map((d) => d.text.trim());
    const put = inside.filter((d) => d.kind === "added").map((d) => d.text.trim());
    out.push({
      kind: "quote",
      claimIds: [x.id, y.id],
      severity,
      summary: `${substituted ? (target ? "quoted differently" : "quoted in one, reworded in the other") : "words left out of the quote without an ellipsis"}: ${gone.length ? `"${gone.join(" … ")}"` : "nothing"} → ${put.length ? `"${put.join(" … ")}"` : "nothing"}`,
      evidence: { quote: q.text, counterpart: other, bothQuoted: Boolean(target), diff: wordDiff(q.text, other) },
    });
  }
  return out;
}

/** A quote that is simply shorter at either end is a shorter quote, not a different one. */
function trimEdges(diff: ReturnType<typeof wordDiff>): ReturnType<typeof wordDiff> {
  let start = 0;
  let end = diff.length;
  while (start < end && diff[start]!.kind !== "same") start++;
  while (end > start && diff[end - 1]!.kind !== "same") end--;
  return diff.slice(start, end);
}

const bare = (s: string) =>
  fold(s)
    .replace(/^(a|an|the)\s+/, "")
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .trim();

/**
 * Different labels for the same designation: "a grave threat" against "a rival".
 * Labels that contain one another ("rival", "strategic rival") count as one wording.
 */
export function labelClashes(claims: Claim[]): Discrepancy[] {
  const wordings: { label: string; bare: string; claimIds: string[] }[] = [];
  for (const c of claims) {
    for (const l of c.facets.labels.filter((x) => x.stance === "proposed")) {
      const b = bare(l.text);
      if (!b) continue;
      const same = wordings.find((w) => w.bare.includes(b) || b.includes(w.bare));
      if (same) {
        if (!same.claimIds.includes(c.id)) same.claimIds.push(c.id);
      } else wordings.push({ label: l.text, bare: b, claimIds: [c.id] });
    }
  }
  const byArticle = (w: (typeof wordings)[number]) =>
    new Set(w.claimIds.map((id) => claims.find((c) => c.id === id)!.articleId));
  if (wordings.length < 2 || new Set(wordings.flatMap((w) => [...byArticle(w)])).size < 2) return [];
  return [
    {
      kind: "characterisation",
      claimIds: wordings.flatMap((w) => w.claimIds),
      severity: 3,
      summary: `labelled ${wordings.map((w) => `"${w.label}" (${w.claimIds.length} claim${w.claimIds.length > 1 ? "s" : ""})`).join(" vs ")}`,
      evidence: { wordings: wordings.map(({ label, claimIds }) => ({ label, claimIds })) },
    },
  ];
}

const FIRMNESS: Record<Modality, string> = {
  asserted: "stated as fact",
  reported: "stated as fact",
  planned: "planned",
  considered: "under consideration",
  possible: "possible",
  denied: "denied",
};

/**
 * One outlet says it happened, another that it may, or that it is denied. It counts (severity 2, or 3 for a
 * denial) only when the hedge governs words the firm claim also uses ("may raise" against "raised"); a hedge
 * elsewhere in the sentence is shown at severity 1.
 */
export function modalityClashes(claims: Claim[]): Discrepancy[] {
  const byClass = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = FIRMNESS[c.facets.modality.value];
    byClass.set(k, [...(byClass.get(k) ?? []), c]);
  }
  if (byClass.size < 2) return [];
  const firm = byClass.get("stated as fact") ?? [];
  const hedged = claims.filter((c) => ["possible", "considered", "denied"].includes(c.facets.modality.value));
  const governs = hedged.find((c) => {
    const word = governedWord(c);
    return word !== null && firm.some((f) => f.terms.some((t) => t.slice(0, 5) === word.slice(0, 5)));
  });
  const parts = [...byClass].map(
    ([k, cs]) => `${k} (${cs.map((c) => c.facets.modality.cue ?? c.facets.modality.value).join(", ")})`,
  );
  return [
    {
      kind: "modality",
      claimIds: claims.map((c) => c.id),
      severity: governs ? (governs.facets.modality.value === "denied" ? 3 : 2) : 1,
      summary: `certainty differs: ${parts.join(" vs ")}${governs ? ` — "${governs.facets.modality.cue} ${governedWord(governs)}" against a firm statement of the same` : ""}`,
      evidence: Object.fromEntries(claims.map((c) => [c.id, c.facets.modality])),
    },
  ];
}

const AUXILIARY = /^(be|been|being|have|has|had|not|also|still|soon|now|even|well|further|it|to)$|ly$/;

/** The first content word after the hedge ("may well raise" → "raise"), lower-cased. */
function governedWord(claim: Claim): string | null {
  const cue = claim.facets.modality.cue;
  if (!cue) return null;
  const at = claim.text.toLowerCase().indexOf(cue.toLowerCase());
  if (at < 0) return null;
  const next =
    claim.text
      .slice(at + cue.length)
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  return next.slice(0, 3).find((w) => !AUXILIARY.test(w) && w.length > 2) ?? null;
}

/** A person's name spelled differently: within the group it is a discrepancy, elsewhere in the story a note. */
export function entityClashes(claims: Claim[], variants: EntityVariant[]): Discrepancy[] {
  const ids = new Set(claims.map((c) => c.id));
  return variants.flatMap((v): Discrepancy[] => {
    const here = v.spellings.filter((s) => s.claimIds.some((id) => ids.has(id)));
    if (here.length === 0) return [];
    const inGroup = here.length >= 2;
    const elsewhere = v.spellings.filter((s) => !here.includes(s)).map((s) => `"${s.text}"`);
    return [
      {
        kind: "entity",
        claimIds: here.flatMap((s) => s.claimIds.filter((id) => ids.has(id))),
        severity: inGroup ? 2 : 0,
        summary: inGroup
          ? `${v.canonical} is spelled ${here.map((s) => `"${s.text}"`).join(" and ")}`
          : `${v.canonical} is spelled "${here[0]!.text}" here and ${elsewhere.join(", ")} elsewhere in the story`,
        evidence: { canonical: v.canonical, spellings: v.spellings, reason: v.reason },
      },
    ];
  });
}
