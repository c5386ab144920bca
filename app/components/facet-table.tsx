import type { Facets } from "@/lib/extract/types";

type Row = { id: number; outlet: string; facets: Facets };

/** Quantities, dates, quotes, labels and attribution per outlet, so differences line up in columns. */
export function FacetTable({ claims }: { claims: Row[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th>Outlet</th>
          <th>Quantities</th>
          <th>Dates</th>
          <th>Quotes</th>
          <th>Labels</th>
          <th>Attribution</th>
          <th>Modality</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((c) => (
          <tr key={c.id}>
            <th scope="row">{c.outlet}</th>
            <td>
              {c.facets.quantities
                .map((q) => `${q.qualifier === "exact" ? "" : `${q.qualifier} `}${q.value} ${q.unit}`)
                .join("; ") || "—"}
            </td>
            <td>{c.facets.dates.map((d) => d.iso ?? `${d.text} (unresolved)`).join("; ") || "—"}</td>
            <td>{c.facets.quotes.map((q) => `“${q.text}”`).join(" ") || "—"}</td>
            <td>{c.facets.labels.map((l) => `“${l.text}” (${l.stance})`).join("; ") || "—"}</td>
            <td>{c.facets.attribution.map((s) => s.text).join(" → ") || "—"}</td>
            <td>{c.facets.modality.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
