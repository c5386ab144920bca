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

/** A real calendar day written YYYY-MM-DD: 2024-02-29 is one, 2023-02-29 and 2024-13-45 are not. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}
