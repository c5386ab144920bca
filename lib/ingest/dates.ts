import * as chrono from "chrono-node";

/** The first fully stated calendar date in a short piece of text, as YYYY-MM-DD. */
export function statedDate(text: string): string | null {
  for (const result of chrono.parse(text)) {
    const c = result.start;
    if (c.isCertain("year") && c.isCertain("month") && c.isCertain("day")) {
      return isoDay(c.get("year"), c.get("month"), c.get("day"));
    }
  }
  return null;
}

export function isoDay(y: number | null, m: number | null, d: number | null): string {
  const pad = (n: number | null) => String(n ?? 0).padStart(2, "0");
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}
