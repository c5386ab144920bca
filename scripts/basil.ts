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
