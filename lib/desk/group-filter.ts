/** What a group list can be narrowed by; every field is optional and all given ones must hold. */
export type GroupFilter = {
  verdict?: string;
  kind?: string;
  /** Lowest severity of any of the group's discrepancies (0 to 3). */
  severity?: number;
  /** An outlet's name, exactly as stored: at least one claim of the group comes from it. */
  outlet?: string;
  /** The latest review's status; "unreviewed" also matches groups nobody has reviewed. */
  status?: string;
  /** Who made the latest review, as the audit log names them. */
  reviewer?: string;
  /** Publication dates (YYYY-MM-DD, inclusive): at least one claim's article was published in the range. */
  from?: string;
  to?: string;
  /** Words that must all appear in one of the group's claims, ignoring case. */
  q?: string;
};

/** The facts of one group a filter reads. */
export type FilterableGroup = {
  verdict: string;
  discrepancies: readonly { kind: string; severity: number }[];
  /** Editors' flags: discrepancies the analysis missed, which count for `kind` like its own. */
  flags?: readonly { kind: string }[];
  claims: readonly { text: string; outlet: string | null; publishedAt: string | null }[];
  review: { status: string; reviewer: string | null } | null;
};

/** Lower-cased words of a search: what every matching text must contain. */
export const searchWords = (q: string): string[] => q.toLowerCase().split(/\s+/).filter(Boolean);

export const containsAll = (text: string, words: readonly string[]): boolean => {
  const lower = text.toLowerCase();
  return words.every((w) => lower.includes(w));
};

/** A publication date's day, as stored dates may carry a time ("2024-03-12T09:00:00Z"). */
const dayOf = (date: string): string => date.slice(0, 10);

function inRange(date: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (date === null) return false;
  const day = dayOf(date);
  return (!from || day >= from) && (!to || day <= to);
}

export function matchesFilter(group: FilterableGroup, filter: GroupFilter): boolean {
  if (filter.verdict && group.verdict !== filter.verdict) return false;
  const kinds = [...group.discrepancies, ...(group.flags ?? [])].map((d) => d.kind);
  if (filter.kind && !kinds.includes(filter.kind)) return false;
  if (filter.severity !== undefined && !group.discrepancies.some((d) => d.severity >= filter.severity!)) return false;
  if (filter.outlet && !group.claims.some((c) => c.outlet === filter.outlet)) return false;
  const status = group.review?.status ?? "unreviewed";
  if (filter.status && status !== filter.status) return false;
  if (filter.reviewer && group.review?.reviewer !== filter.reviewer) return false;
  if ((filter.from || filter.to) && !group.claims.some((c) => inRange(c.publishedAt, filter.from, filter.to)))
    return false;
  const words = searchWords(filter.q ?? "");
  return words.length === 0 || group.claims.some((c) => containsAll(c.text, words));
}
