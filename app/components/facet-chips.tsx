import Link from "next/link";
import type { Facets } from "@/lib/extract/types";
import { clipAtWord } from "@/lib/present/clip";

/** Longest quote shown on a chip, cut at a word; the chip links to the whole quote in the text. */
export const CHIP_QUOTE_CHARACTERS = 60;

/** Every facet of a claim as a link that highlights its span in the article text. */
export function FacetChips({ facets, articleId }: { facets: Facets; articleId: number }) {
  const chip = (key: string, label: string, start: number, end: number) => (
    <Link key={key} className="facet" href={`/articles/${articleId}?hl=${start}-${end}#hl-${start}`}>
      {label}
    </Link>
  );
  return (
    <div className="small">
      <span className="facet">
        modality: {facets.modality.value}
        {facets.modality.cue ? ` (“${facets.modality.cue}”)` : ""}
      </span>
      {facets.quotes.map((q, i) =>
        chip(
          `q${i}`,
          `quote: “${clipAtWord(q.text, CHIP_QUOTE_CHARACTERS)}”${q.speaker ? ` — ${q.speaker}` : ""}`,
          q.start,
          q.end,
        ),
      )}
      {facets.quantities.map((q, i) =>
        chip(
          `n${i}`,
          `quantity: ${q.qualifier === "exact" ? "" : `${q.qualifier} `}${q.value} ${q.unit}`,
          q.start,
          q.end,
        ),
      )}
      {facets.dates.map((d, i) => chip(`d${i}`, `date: ${d.iso ?? `“${d.text}” unresolved`}`, d.start, d.end))}
      {facets.entities.map((e, i) =>
        chip(
          `e${i}`,
          `${e.type}: ${e.text}${e.canonical !== e.text.toLowerCase() ? ` → ${e.canonical}` : ""}`,
          e.start,
          e.end,
        ),
      )}
      {facets.attribution.map((s, i) =>
        chip(`a${i}`, `${i === 0 ? "source" : "citing"}: ${s.text} (${s.kind})`, s.start, s.end),
      )}
      {facets.labels.map((l, i) =>
        chip(`l${i}`, `label: “${l.text}”${l.target ? ` for ${l.target}` : ""} (${l.stance})`, l.start, l.end),
      )}
    </div>
  );
}
