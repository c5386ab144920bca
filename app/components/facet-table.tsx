import type { Facets } from "@/lib/extract/types";

type Row = { id: number; outlet: string; facets: Facets };

/** Quantities, dates, quotes, labels and attribution per outlet, so differences line up in columns. */
export function FacetTable({ claims }: { claims: Row[] }) {
  return (
    <table className="stack">
      <thead>
        <tr>
          <th scope="col">Outlet</th>
          <th scope="col">Quantities</th>
          <th scope="col">Dates</th>
          <th scope="col">Quotes</th>
          <th scope="col">Labels</th>
          <th scope="col">Attribution</th>
          <th scope="col">Modality</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((c) => (
          <tr key={c.id}>
            <th scope="row">{c.outlet}</th>
            <td data-label="Quantities">
              {c.facets.quantities
                .map((q) => `${q.qualifier === "exact" ? "" : `${q.qualifier} `}${q.value} ${q.unit}`)
                .join("; ") || "—"}
            </td>
            <td data-label="Dates">{c.facets.dates.map((d) => d.iso ?? `${d.text} (unresolved)`).join("; ") || "—"}</td>
            <td data-label="Quotes">{c.facets.quotes.map((q) => `“${q.text}”`).join(" ") || "—"}</td>
            <td data-label="Labels">{c.facets.labels.map((l) => `“${l.text}” (${l.stance})`).join("; ") || "—"}</td>
            <td data-label="Attribution">{c.facets.attribution.map((s) => s.text).join(" → ") || "—"}</td>
            <td data-label="Modality">{c.facets.modality.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
