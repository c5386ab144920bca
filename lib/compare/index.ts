import { diffWords } from "diff";
import { words } from "../text/normalize";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/** Word-level differences from `reference` to `other`, as jsdiff reports them. */
export function wordDiff(reference: string, other: string): DiffPart[] {
  return diffWords(reference, other).map((p) => ({
    kind: p.added ? "added" : p.removed ? "removed" : "same",
    text: p.value,
  }));
}

export function changedWords(parts: DiffPart[]): { removed: string[]; added: string[] } {
  return {
    removed: parts
      .filter((p) => p.kind === "removed")
      .map((p) => p.text.trim())
      .filter(Boolean),
    added: parts
      .filter((p) => p.kind === "added")
      .map((p) => p.text.trim())
      .filter(Boolean),
  };
}

/**
 * The stretch of `text` that renders `quote`: from the first to the last word they share, in order.
 * Returns null when fewer than three words, or under 40% of the quote, are found.
 */
export function alignQuote(quote: string, text: string): { start: number; end: number; coverage: number } | null {
  const q = words(quote);
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((m) => ({
    w: words(m[0])[0] ?? "",
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  // Longest common subsequence between the quote's words and the text's words.
  const n = q.length;
  const m = tokens.length;
  const dp = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) {
      dp[i]![j] = q[i] === tokens[j]!.w ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  const hits: number[] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (q[i] === tokens[j]!.w) {
      hits.push(j);
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  if (hits.length < 3 || hits.length / Math.max(1, n) < 0.4) return null;
  return { start: tokens[hits[0]!]!.start, end: tokens[hits[hits.length - 1]!]!.end, coverage: hits.length / n };
}
