import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

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

const nlp = winkNLP(model);
const its = nlp.its;

/**
 * Tokens with character offsets, sentences and wink's entities (dates, numbers, money...).
 * wink's tokenisation is lossless, so offsets are rebuilt from preceding spaces and token lengths.
 */
export function parse(text: string): Parsed {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemma = doc.tokens().out(its.lemma) as string[];
  const stop = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const kind = doc.tokens().out(its.type) as string[];
  const tokens: Token[] = [];
  let at = 0;
  values.forEach((value, i) => {
    at += (spaces[i] ?? "").length;
    tokens.push({
      text: value, start: at, end: at + value.length, pos: pos[i] ?? "X",
      lemma: (lemma[i] ?? value).toLowerCase(), lower: value.toLowerCase(), stop: Boolean(stop[i]), kind: kind[i] ?? "word",
    });
    at += value.length;
  });
  const sentences: TokenRange[] = [];
  doc.sentences().each((s) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    sentences.push({ first, last });
  });
  const entities: NumericEntity[] = [];
  doc.entities().each((e) => {
    const [first, last] = e.out(its.span) as unknown as [number, number];
    entities.push({ first, last, type: e.out(its.type) as string, text: e.out() });
  });
  return { tokens, sentences, entities };
}

export function hasVerb(text: string): boolean {
  const doc = nlp.readDoc(text);
  return (doc.tokens().out(its.pos) as string[]).some((p) => p === "VERB" || p === "AUX");
}
