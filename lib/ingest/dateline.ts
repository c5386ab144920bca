import type { ArticlePart } from "./types";
import { DATELINE_AGENCY, DATELINE_PAREN, DATELINE_PLAIN, DATE_PREFIX } from "./patterns";
import { isIsoDate, statedDate } from "./dates";

export type DatelineFinding = { part: ArticlePart; outlet: string | null; publishedAt: string | null };

/** A dateline that opens the first paragraph, with the agency and date it states. */
export function leadingDateline(text: string, offset: number): DatelineFinding | null {
  const agency = DATELINE_AGENCY.exec(text);
  if (agency) {
    const iso = agency[1] && isIsoDate(agency[1]) ? agency[1] : statedDate(agency[2] ?? "");
    return found(offset, agency[0].trimEnd().length, agency[3]?.trim() ?? null, iso);
  }
  const paren = DATELINE_PAREN.exec(text);
  if (paren) return found(offset, paren[0].trimEnd().length, paren[1]?.trim() ?? null, null);
  const plain = DATELINE_PLAIN.exec(text);
  if (plain) return found(offset, plain[0].trimEnd().length, null, null);
  const prefix = DATE_PREFIX.exec(text);
  if (prefix?.[1] && isIsoDate(prefix[1])) return found(offset, prefix[0].trimEnd().length, null, prefix[1]);
  return null;
}

function found(offset: number, length: number, outlet: string | null, publishedAt: string | null): DatelineFinding {
  return {
    part: { start: offset, end: offset + length, kind: "dateline", reason: "dateline opening the first paragraph" },
    outlet,
    publishedAt,
  };
}

/** "12-Mar-2022 Outlet | Source | 5:02 AM": outlet, the source it republishes, and the date. */
export function headerFields(text: string): {
  outlet: string | null;
  source: string | null;
  publishedAt: string | null;
} {
  const publishedAt = statedDate(text);
  const names = text
    .split("|")
    .map((f) =>
      f
        .replace(/^\s*\d{1,2}[- ]\p{L}{3,9}[- ]\d{4}\s*/u, "")
        .replace(/\d{1,2}:\d{2}\s*(am|pm)?/i, "")
        .trim(),
    )
    .filter((f) => /\p{L}{2,}/u.test(f) && !statedDate(f));
  return { outlet: names[0] ?? null, source: names[1] ?? null, publishedAt };
}
