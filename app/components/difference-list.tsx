import type { LinedDiscrepancy } from "@/server/discrepancy-lines";
import { countsTowardVerdict } from "@/lib/judge/counts";
import { listOf } from "@/lib/present/names";
import { WordDiff } from "./word-diff";

/**
 * Each finding in words, with its severity, why, and a quote's own word diff. Which outlet says what is the "Who says
 * what" line above; only a finding without one (a timing note) names the outlets it is between.
 */
export function DifferenceList({
  discrepancies,
  outletOf,
}: {
  discrepancies: LinedDiscrepancy[];
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
          {!d.line && <div className="small muted">between {listOf(d.claimKeys.map(outletOf))}</div>}
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
