import type { Parsed, Token } from "../text/nlp";
import type { Span } from "../text/span";

export type Sentence = Span & { tokens: Token[] };

/**
 * wink's sentences, cut again at line breaks (titles and list items carry no full stop) and stripped of blank tokens.
 */
export function sentences(parsed: Parsed): Sentence[] {
  const out: Sentence[] = [];
  for (const range of parsed.sentences) {
    let current: Token[] = [];
    const flush = () => {
      const words = current.filter((t) => t.text.trim());
      const first = words[0];
      const last = words[words.length - 1];
      if (first && last) out.push({ start: first.start, end: last.end, tokens: words });
      current = [];
    };
    for (let i = range.first; i <= range.last; i++) {
      const token = parsed.tokens[i];
      if (!token) continue;
      if (token.text.includes("\n")) flush();
      else current.push(token);
    }
    flush();
  }
  return mergeBroken(out).flatMap(bounded).flatMap(splitCompound);
}

/**
 * No real sentence runs to this many tokens; a longer run (a page without sentence ends) is read in pieces of
 * this size, so every facet extractor's cost stays bounded per sentence and linear per article.
 */
export const MAX_SENTENCE_TOKENS = 300;

function bounded(s: Sentence): Sentence[] {
  if (s.tokens.length <= MAX_SENTENCE_TOKENS) return [s];
  const out: Sentence[] = [];
  for (let i = 0; i < s.tokens.length; i += MAX_SENTENCE_TOKENS) {
    const tokens = s.tokens.slice(i, i + MAX_SENTENCE_TOKENS);
    out.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens });
  }
  return out;
}

const MIN_PART_WORDS = 5;

/** Two assertions joined by a semicolon become two claims, when each half is a full clause of its own. */
function splitCompound(s: Sentence): Sentence[] {
  const at = s.tokens.findIndex((t) => t.text === ";");
  if (at < 0) return [s];
  const left = s.tokens.slice(0, at);
  const right = s.tokens.slice(at + 1);
  const words = (ts: Sentence["tokens"]) => ts.filter((t) => /\p{L}/u.test(t.text)).length;
  const verb = (ts: Sentence["tokens"]) => ts.some((t) => t.pos === "VERB" || t.pos === "AUX");
  if (words(left) < MIN_PART_WORDS || words(right) < MIN_PART_WORDS || !verb(left) || !verb(right)) return [s];
  const piece = (ts: Sentence["tokens"]): Sentence => ({
    start: ts[0]!.start,
    end: ts[ts.length - 1]!.end,
    tokens: ts,
  });
  return [piece(left), ...splitCompound(piece(right))];
}

/**
 * wink ends a sentence at abbreviations inside brackets ("Rep. Jane Doe (R-Minn.) said"): join a sentence
 * whose brackets are still open, or whose successor starts in lower case or with a comma, to the next one.
 */
function mergeBroken(list: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of list) {
    const prev = out[out.length - 1];
    // A sentence already at the cap takes no more: joining a run without sentence ends would cost n² here.
    if (prev && prev.tokens.length + s.tokens.length > MAX_SENTENCE_TOKENS) {
      out.push(s);
      continue;
    }
    const text = (x: Sentence) => x.tokens.map((t) => t.text).join(" ");
    const open = prev ? (text(prev).match(/\(/g)?.length ?? 0) - (text(prev).match(/\)/g)?.length ?? 0) : 0;
    const first = s.tokens[0]?.text ?? "";
    const sameLine = prev && !prev.tokens.some((t) => t.start >= prev.end) && s.start - prev.end <= 2;
    if (prev && sameLine && (open > 0 || /^[,;:)a-z]/.test(first))) {
      out[out.length - 1] = { start: prev.start, end: s.end, tokens: [...prev.tokens, ...s.tokens] };
    } else out.push(s);
  }
  return out;
}
