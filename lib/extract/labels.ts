import type { Label } from "./types";
import type { SentenceContext } from "./context";
import { lexicon } from "../lexicon/index";

const { labelVerb: LABEL_VERB, notLabelAfterAs, labelEnd, currentStance } = lexicon.stance;
// "as" then the label, unless "as" is part of "as well", "as soon as" and the like.
const AS_LABEL = new RegExp(`\\bas\\s+(?!${notLabelAfterAs})(?:an?\\s+|the\\s+)?([^,;.]{1,80})`, "i");
const QUOTED = /[“"‘«]([^”"’»]{1,80})[”"’»]/;

/**
 * What a thing is called: "label X as 'Y'", "X as a country of 'Y'", "from 'A' to 'B'".
 * A label inside quotes is taken as quoted; otherwise the words after "as" up to the next clause.
 */
export function labels(ctx: SentenceContext): Label[] {
  const { text, start: offset } = ctx;
  const out: Label[] = [];
  const verb = LABEL_VERB.exec(text);
  const statusOf = /\bstatus of\s+(\p{Lu}[\p{L}-]*)/u.exec(text)?.[1]?.toLowerCase() ?? null;
  const target = statusOf ?? (verb ? targetAfter(text.slice(verb.index + verb[0].length)) : null);
  const fromTo = /\bfrom\s+[“"‘]([^”"’]{1,60})[”"’]\s+to\s+[“"‘]([^”"’]{1,60})[”"’]/.exec(text);
  if (fromTo) {
    const idx = fromTo.index;
    const old = text.indexOf(fromTo[1]!, idx);
    const next = text.indexOf(fromTo[2]!, old + fromTo[1]!.length);
    out.push({
      start: offset + old,
      end: offset + old + fromTo[1]!.length,
      text: fromTo[1]!,
      verb: verb?.[0] ?? "from",
      stance: "current",
      target,
    });
    out.push({
      start: offset + next,
      end: offset + next + fromTo[2]!.length,
      text: fromTo[2]!,
      verb: verb?.[0] ?? "to",
      stance: "proposed",
      target,
    });
    return out;
  }
  if (!verb) return out;
  const after = text.slice(verb.index);
  const as = AS_LABEL.exec(after);
  if (!as) return out;
  const phrase = as[1]!;
  const quoted = QUOTED.exec(phrase);
  const open = phrase.search(/[“"‘«]/);
  const label = quoted ? quoted[1]! : open >= 0 ? phrase.slice(open + 1).trim() : phrase.split(labelEnd)[0]!.trim();
  const at = text.indexOf(label, verb.index + (as.index ?? 0));
  if (at < 0 || !label) return out;
  const stance = currentStance.test(text.slice(0, verb.index + 1)) ? "current" : "proposed";
  out.push({ start: offset + at, end: offset + at + label.length, text: label, verb: verb[0], stance, target });
  return out;
}

/** The name a label is pinned on: "designate Acme as", "changing the status of Acme from". */
function targetAfter(rest: string): string | null {
  const m = /^\s+(?:the status of\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u.exec(rest);
  return m?.[1]?.toLowerCase() ?? null;
}
