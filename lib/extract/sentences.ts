import type { Parsed, Token } from "../text/nlp";
import type { Span } from "../text/span";

export type Sentence = Span & { tokens: Token[] };

/** wink's sentences, cut again at line breaks (titles and list items carry no full stop) and stripped of blank tokens. */
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
  return out;
}
