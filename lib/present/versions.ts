import { wordDiff, type DiffPart } from "../compare/index";
import { decodeEntities, htmlView } from "../ingest/html";
import type { Format } from "../ingest/types";

/** Unchanged words kept either side of a change when a version diff is shown: enough to find the place. */
export const VERSION_CONTEXT_WORDS = 8;

type Version = { raw: string; format: Format; bodyStart: number; bodyEnd: number };

/** An article version's body as a reader sees it: markup and page furniture gone, spacing folded. */
export function versionText(v: Version): string {
  const view = v.format === "html" ? htmlView(v.raw) : v.raw;
  return decodeEntities(view.slice(v.bodyStart, v.bodyEnd)).replace(/\s+/g, " ").trim();
}

export type VersionChanges = { parts: DiffPart[]; wordsAdded: number; wordsRemoved: number };

/**
 * What changed from one version of an article to the next, word by word, with long unchanged stretches cut to
 * their first and last few words ("…" between), so a story moving on reads at a glance.
 */
export function versionChanges(before: Version, after: Version): VersionChanges {
  const parts = wordDiff(versionText(before), versionText(after));
  const count = (kind: DiffPart["kind"]) =>
    parts.filter((p) => p.kind === kind).reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
  return { parts: parts.map(shortened), wordsAdded: count("added"), wordsRemoved: count("removed") };
}

function shortened(part: DiffPart, index: number, all: DiffPart[]): DiffPart {
  if (part.kind !== "same") return part;
  const words = part.text.split(/(\s+)/);
  const keep = VERSION_CONTEXT_WORDS * 2;
  const head = index === 0 ? 0 : keep;
  const tail = index === all.length - 1 ? 0 : keep;
  if (words.length <= head + tail + 2) return part;
  const text = `${words.slice(0, head).join("")} … ${words.slice(words.length - tail).join("")}`;
  return { kind: "same", text: text.replace(/^ … /, "… ").replace(/ … $/, " …") };
}
