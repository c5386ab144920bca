import type { Claim } from "../extract/types";
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
    const diff = wordDiff(norm(q.text).join(" "), norm(other).join(" "));
    const { removed, added } = changedWords(diff);
    if (removed.length + added.length === 0) continue;
    const inside = trimEdges(diff);
    // A word only one side has is left out by the other, whichever side is read first; a change needs both.
    const substituted = inside.some((d) => d.kind === "added") && inside.some((d) => d.kind === "removed");
    if (!inside.some((d) => d.kind !== "same")) continue;
    const severity = substituted ? (target ? 3 : 2) : 1;
    const gone = inside.filter((d) => d.kind === "removed").map((d) => d.text.trim());
    const put = inside.filter((d) => d.kind === "added").map((d) => d.text.trim());
    const what = substituted ? substitution(Boolean(target)) : "words left out of the quote without an ellipsis";
    const listed = (ws: string[]) => (ws.length ? `"${ws.join(" … ")}"` : "nothing");
    out.push({
      kind: "quote",
      claimIds: [x.id, y.id],
      severity,
      summary: `${what}: ${listed(gone)} → ${listed(put)}`,
      evidence: { quote: q.text, counterpart: other, bothQuoted: Boolean(target), diff: wordDiff(q.text, other) },
    });
  }
  return out;
}

/**
 * The words of a quote as compared: "&" read as "and", "U.S." as "US", and hyphens and dashes as spaces, so that
 * "well-known" and "well known", or a dash for a comma, are no difference.
 */
function norm(text: string): string[] {
  const joined = text.replace(/&/g, " and ").replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ""));
  return words(joined.replace(/[-‐‑‒–—―]/g, " "));
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
      summary: `labelled ${wordings.map((w) => `"${w.label}" (${claimCount(w.claimIds.length)})`).join(" vs ")}`,
      evidence: { wordings: wordings.map(({ label, claimIds }) => ({ label, claimIds })) },
    },
  ];
}

function substitution(bothQuoted: boolean): string {
  return bothQuoted ? "quoted differently" : "quoted in one, reworded in the other";
}

function claimCount(n: number): string {
  return n > 1 ? `${n} claims` : `${n} claim`;
}
