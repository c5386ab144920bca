// Load ../shared/corpora/basil-dev as SourceDocuments: title as the first line, paragraphs below.
import fs from "node:fs";
import path from "node:path";
import type { SourceDocument } from "../lib/ingest/types";

export type BasilArticle = {
  triplet_uuid: string;
  source: string;
  date: string;
  title: string;
  url: string;
  paragraphs: string[];
};

export const BASIL = path.resolve(process.env.BASIL ?? "../shared/corpora/basil-dev/articles.jsonl");

export function basilArticles(): BasilArticle[] {
  if (!fs.existsSync(BASIL)) throw new Error(`${BASIL} not found: the corpora live in ../shared beside the project`);
  return fs
    .readFileSync(BASIL, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as BasilArticle);
}

export function basilDocument(a: BasilArticle, copy = 0): SourceDocument {
  return {
    file: `${a.triplet_uuid.slice(0, 8)}-${a.source}${copy ? `-copy${copy}` : ""}.txt`,
    raw: `${a.title}\n\n${a.paragraphs.join("\n\n")}\n`,
    manifest: { file: `${a.source}.txt`, outlet: a.source, publishedAt: a.date },
  };
}

/** Copy k of an article: paragraphs rotated, one dropped, numbers shifted, so it is no duplicate of the original. */
export function perturbed(a: BasilArticle, k: number): BasilArticle {
  const paras = a.paragraphs.map((p) => p.replace(/\d+/g, (n) => String(Number(n) + k)));
  const rotated = [...paras.slice(k % paras.length), ...paras.slice(0, k % paras.length)].filter((_, i) => i !== 1);
  return { ...a, triplet_uuid: `${a.triplet_uuid}-${k}`, title: `${a.title} (${k})`, paragraphs: rotated };
}

/** Words a copy of another event rewrites: names (capitalised) and words this long, which carry its topic. */
const TOPIC_WORD_LENGTH = 6;

/** A word with its letters moved on in the alphabet by turns of `by` (one key per copy up to 625), keeping case. */
const shifted = (word: string, by: [number, number]) =>
  word.replace(/[a-z]/gi, (c, i: number) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(base + ((c.charCodeAt(0) - base + by[i % 2]!) % 26));
  });

/**
 * Copy k of an article as a report of another event: perturbed (above), and its names and long words letter-shifted,
 * so the copies of one round form stories of their own instead of joining the original's. Sentence shapes, numbers,
 * quotes and short words stay, so extraction does the same work on it as on the original.
 */
export function otherEvent(a: BasilArticle, k: number): BasilArticle {
  const p = perturbed(a, k);
  const by: [number, number] = [1 + (k % 25), 1 + (Math.floor(k / 25) % 25)];
  const rewrite = (text: string) =>
    text.replace(/\b[A-Za-z]+\b/g, (w) => (/^[A-Z]/.test(w) || w.length >= TOPIC_WORD_LENGTH ? shifted(w, by) : w));
  return { ...p, title: rewrite(p.title), paragraphs: p.paragraphs.map(rewrite) };
}
