import type { StoredDiscrepancy } from "@/server/stored-json";
import { countsTowardVerdict } from "@/lib/judge/counts";
import { WordDiff } from "./word-diff";

/** Each finding in words, with its severity, the outlets it is between, why, and a quote's own word diff. */
export function DifferenceList({
  discrepancies,
  outletOf,
}: {
  discrepancies: StoredDiscrepancy[];
  outletOf: (claimKey: string) => string;
}) {
  if (discrepancies.length === 0) return null;
  return (
    <section aria-labelledby="differences">
      <h2 id="differences">Differences in detail</h2>
      {discrepancies.map((d) => (
        <div key={d.id} className={`disc ${countsTowardVerdict(d) ? "" : "note"}`}>
          <strong>{d.kind}</strong>{" "}
          <span className="muted small">
            severity {d.severity}
            {countsTowardVerdict(d) ? "" : " (shown, not counted as a discrepancy)"}
          </span>
          : {d.summary}
          <div className="small muted">between {[...new Set(d.claimKeys.map(outletOf))].join(" and ")}</div>
          {(d.kind === "quantity" || d.kind === "date") && d.evidence.why && (
            <div className="small">why: {d.evidence.why}</div>
          )}
          {d.kind === "quote" && (
            <div className="small">
              quote against its counterpart: <WordDiff parts={d.evidence.diff} />
            </div>
          )}
        </div>
      ))}
    </section>
  );
}
