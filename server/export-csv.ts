import { stringify } from "csv-stringify/sync";
import { decodeEntities } from "../lib/ingest/html";
import type { Story } from "./export-story";

export const CSV_COLUMNS = [
  "story",
  "group key",
  "verdict",
  "discrepancy kinds",
  "outlet",
  "article URL",
  "publication date",
  "claim text",
  "span",
  "review status",
  "note",
  "changed since review",
  "claim review status",
  "claim review note",
] as const;

/**
 * One row per claim, a group's claims together in rank order, with the group's current review beside each (as the desk
 * shows it: "yes" under "changed since review" when it was made on an earlier version of the group) and the claim's
 * own review. Discrepancy kinds are the counted findings' and the editors' flags'.
 */
export function storyCsv(story: Story): string {
  const claims = new Map(story.claims.map((c) => [c.key, c]));
  const articles = new Map(story.articles.map((a) => [a.id, a]));
  const rows = story.groups.flatMap((g) => {
    const counted = g.discrepancies.filter((d) => d.counted);
    const kinds = [...new Set([...counted, ...g.flags].map((d) => d.kind))].join("; ");
    return g.claimKeys.map((key) => {
      const claim = claims.get(key)!;
      const article = articles.get(claim.articleId)!;
      return [
        story.id,
        g.key,
        g.verdict,
        kinds,
        article.outlet ?? "",
        article.url ?? "",
        article.publishedAt ?? "",
        decodeEntities(claim.text),
        `${claim.start}-${claim.end}`,
        g.review?.status ?? "unreviewed",
        g.review?.note ?? "",
        g.review?.changedSinceReview ? "yes" : "",
        claim.review?.status ?? "",
        claim.review?.note ?? "",
      ];
    });
  });
  // The byte-order mark makes spreadsheets read the file as UTF-8; CRLF between records is what RFC 4180 asks.
  return stringify(
    rows.map((r) => r.map(inertCell)),
    {
      header: true,
      columns: [...CSV_COLUMNS],
      bom: true,
      record_delimiter: "windows",
    },
  );
}

// Article text is not ours: a cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice).
const FORMULA_START = /^[=+\-@\t\r]/;

export function inertCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
