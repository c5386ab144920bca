import * as chrono from "chrono-node";
import type { DateFacet } from "./types";
import type { SentenceContext } from "./context";
import type { Span } from "../text/span";
import { lexicon } from "../lexicon/index";

const { relative: RELATIVE, now: NOW, notAYearAfter, subYearUnit, duration } = lexicon.calendar;
/** How far before a date phrase to look for the word that makes it a duration ("closed for 14 weeks"). */
const DURATION_LOOKBACK = 8;
const YEAR = new RegExp(`\\b(1[6-9]\\d\\d|20\\d\\d)\\b(?!\\s*${notAYearAfter})`, "g");

/**
 * Dates and years in a sentence, as ISO. Relative ones ("Wednesday", "end of next week") are resolved
 * against the publication date; without one they stay unresolved rather than guessed.
 */
export function dates(ctx: SentenceContext): DateFacet[] {
  return datesInText(ctx.text, ctx.start, ctx.publishedAt);
}

/** The same for any text whose first character stands at `offset` in its article. */
export function datesInText(text: string, offset: number, publishedAt: string | null): DateFacet[] {
  const ref = publishedAt ? new Date(`${publishedAt}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: DateFacet[] = [];
  for (const r of chrono.parse(text, ref)) {
    const c = r.start;
    if (NOW.test(r.text.trim())) continue;
    // "for 14 weeks" is how long, not when: a date 14 weeks after publication would clash with an outlet a day later.
    if (duration.test(text.slice(Math.max(0, r.index - DURATION_LOOKBACK), r.index + r.text.length))) continue;
    if (!c.isCertain("month") && !c.isCertain("year") && !c.isCertain("weekday") && !RELATIVE.test(r.text)) continue;
    const relative = RELATIVE.test(r.text) || !c.isCertain("year");
    const precision =
      c.isCertain("day") || c.isCertain("weekday")
        ? "day"
        : c.isCertain("month") || subYearUnit.test(r.text)
          ? "month"
          : "year";
    const iso = relative && !publishedAt ? null : isoOf(c.get("year"), c.get("month"), c.get("day"), precision);
    out.push({
      start: offset + r.index,
      end: offset + r.index + r.text.length,
      text: r.text,
      iso,
      precision,
      relative,
    });
  }
  for (const m of text.matchAll(YEAR)) {
    const span: Span = { start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length };
    if (out.some((d) => d.start <= span.start && span.end <= d.end)) continue;
    out.push({ ...span, text: m[0], iso: m[0], precision: "year", relative: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

function isoOf(y: number | null, m: number | null, d: number | null, precision: DateFacet["precision"]): string {
  const pad = (n: number | null) => String(n ?? 1).padStart(2, "0");
  if (precision === "year") return String(y);
  if (precision === "month") return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}
