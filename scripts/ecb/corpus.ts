// Load ../shared/corpora/ecbplus-dev as SourceDocuments plus its gold (stories and same-event sentence pairs).
// File names and the manifest's `subtopic` carry the story label, so the pipeline sees neither: documents get
// neutral names in a shuffled order, and only outlet and url reach the manifest.
import fs from "node:fs";
import path from "node:path";
import type { SourceDocument } from "../../lib/ingest/types";

export const ECB = path.resolve(process.env.ECB ?? "../shared/corpora/ecbplus-dev");

/** [file, start, end): UTF-16 offsets into the .txt as written, i.e. JavaScript string indices. */
export type GoldSpan = [file: string, start: number, end: number];

export type GoldPair = {
  a: GoldSpan;
  b: GoldSpan;
  instance: string;
  jaccard: number;
  easy: boolean;
  seminal: boolean;
  a_text: string;
  b_text: string;
};

type ManifestRow = { file: string; outlet: string | null; url: string | null; publishedAt: string | null };

type GoldFile = {
  stories: Record<string, string>;
  /** file -> [sentence_no, start, end, annotated (0/1)] */
  sentences: Record<string, [number, number, number, number][]>;
  same_event_pairs: GoldPair[];
};

export type EcbDoc = {
  /** The corpus file name (gold key); never shown to the pipeline. */
  file: string;
  /** `<topic>ecb` or `<topic>ecbplus`: the gold event (story). */
  event: string;
  topic: string;
  raw: string;
  /** Offsets of the document's first sentence: the README asks for recall without first lines as well. */
  firstLine: [number, number] | null;
  outlet: string | null;
  url: string | null;
};

export type EcbCorpus = { docs: EcbDoc[]; pairs: GoldPair[] };

export function loadEcb(): EcbCorpus {
  const txt = path.join(ECB, "txt");
  const goldPath = path.join(ECB, "txt.gold.json");
  for (const p of [txt, goldPath, path.join(txt, "manifest.json")])
    if (!fs.existsSync(p))
      throw new Error(`${p} not found: the ECB+ dev half lives in ../shared/corpora/ecbplus-dev (or set ECB=<folder>)`);
  const gold = JSON.parse(fs.readFileSync(goldPath, "utf8")) as GoldFile;
  const manifest = JSON.parse(fs.readFileSync(path.join(txt, "manifest.json"), "utf8")) as { articles: ManifestRow[] };
  const rows = new Map(manifest.articles.map((r) => [r.file, r]));
  const docs = Object.entries(gold.stories).map(([file, event]): EcbDoc => {
    const first = gold.sentences[file]?.[0];
    const row = rows.get(file);
    return {
      file,
      event,
      topic: event.replace(/ecb(plus)?$/, ""),
      raw: fs.readFileSync(path.join(txt, file), "utf8"),
      firstLine: first ? [first[1], first[2]] : null,
      outlet: row?.outlet ?? null,
      url: row?.url ?? null,
    };
  });
  return { docs, pairs: gold.same_event_pairs };
}

/** Seeded shuffle (mulberry32), so a run is repeatable but the pile is not sorted by topic and event. */
export function shuffled<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The pipeline's view of a document: neutral name, no publication date (ECB+ gives none), no story label. */
export function ecbDocument(doc: EcbDoc, index: number): SourceDocument {
  const file = `doc-${String(index + 1).padStart(3, "0")}.txt`;
  return { file, raw: doc.raw, manifest: { file, outlet: doc.outlet, url: doc.url, publishedAt: null } };
}
