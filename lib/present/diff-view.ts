import type { DiffPart } from "../compare/index";
import { words } from "../text/normalize";

/**
 * Whole-sentence word diffs are offered only for claims worded alike: at least this share of their words in common
 * (twice the shared words over both claims' words). Below it most of the sentence is marked and the difference
 * drowns; on the seeds' reworded groups 76–90% of the characters were marked.
 */
export const WHOLE_DIFF_MIN_SIMILARITY = 0.6;

/** Words either side of a change kept when a quote's change is shown on its own. */
export const CHANGE_CONTEXT_WORDS = 3;

const cosmetic = (text: string) => words(text).length === 0;

/** Words as written (case and accents kept), for showing; `words` folds them for comparing. */
const surface = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];

/**
 * The diff as shown: a removed or added token that is only punctuation or spacing is no difference to an editor, so
 * the other side's spelling of it stays, unmarked.
 */
export function quietDiff(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    if (p.kind === "removed" && cosmetic(p.text)) continue;
    const kind = p.kind === "added" && cosmetic(p.text) ? "same" : p.kind;
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += p.text;
    else out.push({ kind, text: p.text });
  }
  return out;
}

/** Twice the words the diff keeps over the words on both sides: 1 for the same words, 0 for none in common. */
export function wordingSimilarity(parts: DiffPart[]): number {
  const count = (kind: DiffPart["kind"]) => parts.filter((p) => p.kind === kind).flatMap((p) => words(p.text)).length;
  const same = count("same");
  const total = 2 * same + count("removed") + count("added");
  return total === 0 ? 1 : (2 * same) / total;
}

/**
 * One side's words around what changed ("before the winter storms arrive"), for a one-line statement of a quote
 * difference: `removed` reads the reference's side, `added` the other's. Null when that side has no words changed
 * and none kept.
 */
export function changeInContext(parts: DiffPart[], side: "removed" | "added"): string | null {
  const own = parts.filter((p) => p.kind === "same" || p.kind === side);
  const tokens = own.flatMap((p) => surface(p.text).map((w) => ({ w, changed: p.kind === side })));
  const changed = tokens.flatMap((t, i) => (t.changed ? [i] : []));
  const first = changed[0];
  const last = changed[changed.length - 1];
  if (first === undefined || last === undefined) return omission(parts, side);
  const from = Math.max(0, first - CHANGE_CONTEXT_WORDS);
  const to = Math.min(tokens.length, last + 1 + CHANGE_CONTEXT_WORDS);
  const text = tokens
    .slice(from, to)
    .map((t) => t.w)
    .join(" ");
  return `${from > 0 ? "…" : ""}${text}${to < tokens.length ? "…" : ""}`;
}

/** The side that left words out: its words around the gap the other side filled. */
function omission(parts: DiffPart[], side: "removed" | "added"): string | null {
  const other = side === "removed" ? "added" : "removed";
  const at = parts.findIndex((p) => p.kind === other);
  if (at < 0) return null;
  const before = parts
    .slice(0, at)
    .filter((p) => p.kind === "same")
    .flatMap((p) => surface(p.text));
  const after = parts
    .slice(at + 1)
    .filter((p) => p.kind === "same")
    .flatMap((p) => surface(p.text));
  const head = before.slice(-CHANGE_CONTEXT_WORDS);
  const tail = after.slice(0, CHANGE_CONTEXT_WORDS);
  const text = [...head, ...tail].join(" ");
  if (!text) return null;
  return `${before.length > head.length ? "…" : ""}${text}${after.length > tail.length ? "…" : ""}`;
}
