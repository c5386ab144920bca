import { fold } from "../text/normalize";
import { clipAtWord } from "./clip";

/** Longest group label shown in lists and headings, cut at a word. */
export const LABEL_CHARACTERS = 120;

/**
 * A group's label as shown: the full text of the member claim the stored label begins, cut at a word. The stored
 * label is itself shortened (with an ellipsis now; mid-word by analyses stored before), so it only finds the claim.
 */
export function groupLabel(stored: string, texts: string[], max = LABEL_CHARACTERS): string {
  const start = fold(stored.replace(/…$/u, "").trim());
  const lead = texts.find((t) => fold(t.replace(/\s+/g, " ")).startsWith(start));
  return clipAtWord(lead ?? stored, max);
}
