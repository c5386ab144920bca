import type { ArticlePart } from "./types";
import { isProse, wordCount, type Line } from "../text/lines";
import { hasVerb } from "../text/nlp";
import { ABOUT_HEADING, ABOUT_SUBJECT, BULLET, COUNTER, FURNITURE_LINE, LIST_HEADING, ORIGIN_LINE } from "./patterns";

export type BodyState = { mode: "body" | "list" | "about"; aboutSubject: string | null };

/** The part a line of the body region is, or null when it is plain article text. */
export function bodyLinePart(line: Line & { afterBlank: boolean }, state: BodyState): ArticlePart | null {
  const part = (kind: ArticlePart["kind"], reason: string): ArticlePart => ({
    start: line.start,
    end: line.end,
    kind,
    reason,
  });
  const prose = isProse(line.text);
  if (state.mode === "about") {
    if (line.afterBlank && prose && !ABOUT_SUBJECT.test(line.text)) state.mode = "body";
    else {
      state.aboutSubject ??= ABOUT_SUBJECT.exec(line.text)?.[1]?.replace(/["”]/g, "").trim() ?? null;
      return part("furniture", "about-us footer");
    }
  }
  if (ABOUT_HEADING.test(line.text)) {
    state.mode = "about";
    return part("furniture", "about-us footer");
  }
  if (FURNITURE_LINE.test(line.text)) return part("furniture", "page button or label");
  if (ORIGIN_LINE.test(line.text) && wordCount(line.text) <= 20) return part("furniture", "republication notice");
  if (!prose && COUNTER.test(line.text)) return part("furniture", "visitor counter");
  if (!prose && LIST_HEADING.test(line.text) && wordCount(line.text) <= 6) {
    state.mode = "list";
    return part("furniture", "list of other stories");
  }
  if (state.mode === "list") {
    if (!prose) return part("furniture", "list of other stories");
    state.mode = "body";
  }
  if (BULLET.test(line.text)) return part("furniture", "stray bullet");
  if (prose || wordCount(line.text) > 20) return null;
  return hasVerb(line.text)
    ? part("subhead", "title line inside the body")
    : part("caption", "short line without a verb");
}
