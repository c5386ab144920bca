import type { Modality, Source } from "./types";
import type { SentenceContext } from "./context";
import type { Span } from "../text/span";

/**
 * How firmly the sentence asserts its content; "reported" when the only hedge is the attribution.
 * Cues are read outside quotes: quoted words do not hedge the sentence that quotes them.
 */
export function modality(ctx: SentenceContext, attribution: Source[]): { value: Modality; cue: string | null } {
  const text = unquoted(ctx.text, ctx.quotes, ctx.start);
  for (const [value, re] of ctx.lexicon.stance.modality) {
    const m = re.exec(text);
    if (m) return { value, cue: m[0] };
  }
  return attribution.length > 0 ? { value: "reported", cue: null } : { value: "asserted", cue: null };
}

function unquoted(text: string, quotes: Span[], offset: number): string {
  let out = text;
  for (const q of quotes) {
    const s = Math.max(0, q.start - offset);
    const e = Math.min(text.length, q.end - offset);
    if (e > s) out = out.slice(0, s) + " ".repeat(e - s) + out.slice(e);
  }
  return out;
}
