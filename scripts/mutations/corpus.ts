// The basil-dev events as plain texts with our own sentence and word offsets, independent of the pipeline.
import { basilArticles, basilDocument } from "../basil";
import { fold } from "../../lib/text/normalize";
import type { SourceDocument } from "../../lib/ingest/types";
import { ABBREVIATIONS, RARE_MAX_ARTICLES, STOPWORDS } from "./config";
import type { EventDoc, Sentence, Token } from "./types";

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function tokens(text: string, offset = 0): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    text: m[0],
    word: fold(m[0]).replace(/’/g, "'"),
  }));
}

export function isContent(word: string): boolean {
  return word.length > 2 && !STOPWORDS.has(word) && !/^\d/.test(word);
}

/** Split one paragraph into sentences at . ! ? followed by a capital, skipping abbreviations and initials. */
function splitParagraph(raw: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  let from = start;
  const boundary = /[.!?]["”’')]*\s+(?=["“‘(]?[A-Z0-9])/g;
  const text = raw.slice(start, end);
  for (const m of text.matchAll(boundary)) {
    const before =
      text
        .slice(0, m.index + 1)
        .match(/([\p{L}.]+)\.$/u)?.[1]
        ?.toLowerCase() ?? "";
    if (ABBREVIATIONS.has(before) || /^\p{L}$/u.test(before)) continue;
    const stop = start + m.index + m[0].trimEnd().length;
    out.push(sentence(raw, from, stop));
    from = start + m.index + m[0].length;
  }
  if (from < end) out.push(sentence(raw, from, end));
  return out.filter((s) => s.tokens.length > 0);
}

function sentence(raw: string, start: number, end: number): Sentence {
  const text = raw.slice(start, end);
  const toks = tokens(text, start);
  return { start, end, text, tokens: toks, content: new Set(toks.map((t) => t.word).filter(isContent)) };
}

export type Corpus = { events: string[]; docs: EventDoc[]; byEvent: Map<string, EventDoc[]>; df: Map<string, number> };

export function loadCorpus(): Corpus {
  const articles = basilArticles();
  const docs: EventDoc[] = articles.map((a) => {
    const doc: SourceDocument = basilDocument(a);
    const raw = doc.raw;
    const bodyStart = raw.indexOf("\n\n") + 2;
    const sentences: Sentence[] = [];
    let at = bodyStart;
    for (const para of raw.slice(bodyStart).split("\n\n")) {
      sentences.push(...splitParagraph(raw, at, at + para.trimEnd().length));
      at += para.length + 2;
    }
    return { event: a.triplet_uuid, outlet: a.source, file: doc.file, raw, doc, sentences };
  });
  const byEvent = new Map<string, EventDoc[]>();
  for (const d of docs) byEvent.set(d.event, [...(byEvent.get(d.event) ?? []), d]);
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(tokens(d.raw).map((t) => t.word))) df.set(w, (df.get(w) ?? 0) + 1);
  return { events: [...byEvent.keys()], docs, byEvent, df };
}

/** Content words two sentences share that few articles use: names, places, specific nouns. */
export function sharedRare(corpus: Corpus, a: Sentence, b: Sentence, skip: Set<string> = new Set()): string[] {
  return [...a.content].filter((w) => b.content.has(w) && !skip.has(w) && (corpus.df.get(w) ?? 0) <= RARE_MAX_ARTICLES);
}

export function sharedContent(a: Sentence, b: Sentence): string[] {
  return [...a.content].filter((w) => b.content.has(w));
}

/** Ordered pairs of different outlets of one event. */
export function outletPairs(corpus: Corpus): [EventDoc, EventDoc][] {
  const out: [EventDoc, EventDoc][] = [];
  for (const docs of corpus.byEvent.values()) for (const a of docs) for (const b of docs) if (a !== b) out.push([a, b]);
  return out;
}

/** Whether an offset sits inside double quotation marks on its paragraph (quote marks before it are odd). */
export function insideQuote(raw: string, at: number): boolean {
  const paraStart = raw.lastIndexOf("\n", at) + 1;
  // Some copies double their quotation marks (""We have...): count a doubled mark once.
  const before = raw.slice(paraStart, at).replace(/""/g, '"');
  const opens = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opens > 0 || straight % 2 === 1;
}

/** A small seeded generator (mulberry32), so every run samples the same mutations. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
