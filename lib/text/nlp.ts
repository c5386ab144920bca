import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { pieces } from "./pieces";

export type Token = {
  text: string;
  start: number;
  end: number;
  pos: string;
  lemma: string;
  lower: string;
  stop: boolean;
  kind: string;
};

export type TokenRange = { first: number; last: number };
export type NumericEntity = TokenRange & { type: string; text: string };
export type Parsed = { tokens: Token[]; sentences: TokenRange[]; entities: NumericEntity[] };

type ItemLike = { out: (f?: unknown) => unknown };

const nlp = winkNLP(model);
const its = nlp.its;

/**
 * wink's cost grows faster than its input on runs of blank lines (50,000 took a minute) and on long stretches
 * without a sentence end; it reads one paragraph at a time, blank lines left out, and no piece longer than this.
 * Sentences end at line breaks anyway, so a cut there changes nothing.
 */
export const PARSE_PIECE_CHARS = 20_000;

/**
 * A run this long of characters that are neither letters, digits nor spaces (rules, dividers, junk) is read as
 * spaces: wink makes each such character a token, and none of them can be part of a claim.
 */
const SYMBOL_RUN = /[^\p{L}\p{N}\s]{16,}/gu;

/** Tokens with character offsets, sentences and wink's entities (dates, numbers, money...), piece by piece. */
export function parse(text: string, checkpoint: () => void = () => undefined): Parsed {
  const out: Parsed = { tokens: [], sentences: [], entities: [] };
  for (const piece of pieces(text, PARSE_PIECE_CHARS)) {
    checkpoint();
    const slice = text.slice(piece.start, piece.end).replace(SYMBOL_RUN, (run) => " ".repeat(run.length));
    const parsed = parseWhole(slice);
    const base = out.tokens.length;
    for (const t of parsed.tokens) out.tokens.push({ ...t, start: t.start + piece.start, end: t.end + piece.start });
    for (const s of parsed.sentences) out.sentences.push({ first: s.first + base, last: s.last + base });
    for (const e of parsed.entities) out.entities.push({ ...e, first: e.first + base, last: e.last + base });
  }
  return out;
}

/** wink's tokenisation is lossless, so offsets are rebuilt from preceding spaces and token lengths. */
function parseWhole(text: string): Parsed {
  const doc = nlp.readDoc(text);
  // wink's typings do not model every `its` helper; read each token property through one untyped door.
  const column = <T>(helper: unknown): T[] => (doc.tokens().out as unknown as (f: unknown) => T[])(helper);
  const values = column<string>(its.value);
  const spaces = column<string>(its.precedingSpaces);
  const pos = column<string>(its.pos);
  const lemma = column<string>(its.lemma);
  const stop = column<boolean>(its.stopWordFlag);
  const kind = column<string>(its.type);
  const tokens: Token[] = [];
  let at = 0;
  values.forEach((value, i) => {
    at += (spaces[i] ?? "").length;
    tokens.push({
      text: value,
      start: at,
      end: at + value.length,
      pos: pos[i] ?? "X",
      lemma: (lemma[i] ?? value).toLowerCase(),
      lower: value.toLowerCase(),
      stop: Boolean(stop[i]),
      kind: kind[i] ?? "word",
    });
    at += value.length;
  });
  const sentences: TokenRange[] = [];
  doc.sentences().each((s: ItemLike) => {
    const [first, last] = s.out(its.span) as [number, number];
    sentences.push({ first, last });
  });
  const entities: NumericEntity[] = [];
  doc.entities().each((e: ItemLike) => {
    const [first, last] = e.out(its.span) as [number, number];
    entities.push({ first, last, type: e.out(its.type) as string, text: e.out() as string });
  });
  return { tokens, sentences, entities };
}

export function hasVerb(text: string): boolean {
  const doc = nlp.readDoc(text);
  return (doc.tokens().out(its.pos) as string[]).some((p) => p === "VERB" || p === "AUX");
}
