import Link from "next/link";
import type { groupDecisions } from "@/server/decisions-view";
import { DecisionForms } from "../../components/decision-forms";
import { AuditList } from "../../components/audit-list";

type Claim = { key: string; label: string };

/** The editor's flags and claim reviews on this group, the forms to decide more, and the group's history. */
export function DecisionsSection({
  group,
  decisions,
  claims,
  outletOf,
  done,
}: {
  group: { key: string; story: string };
  /** What groupDecisions() read for this group; the page loads it, so this renders without waiting. */
  decisions: Awaited<ReturnType<typeof groupDecisions>>;
  claims: Claim[];
  outletOf: (claimKey: string) => string;
  done: string | undefined;
}) {
  const outside = new Map(decisions.targets.flatMap((g) => g.claims.map((c) => [c.key, c.label] as const)));
  const name = (key: string) => (claims.some((c) => c.key === key) ? outletOf(key) : (outside.get(key) ?? "a claim"));
  return (
    <>
      {decisions.flags.length > 0 && (
        <section aria-labelledby="flags">
          <h2 id="flags">Flagged by an editor</h2>
          {decisions.flags.map((f) => (
            <div key={f.id} className="disc editor">
              <strong>{f.kind}</strong> <span className="muted small">editor&apos;s flag, counted</span>: {name(f.a)}{" "}
              against {name(f.b)}
              {f.note ? ` — ${f.note}` : ""}
            </div>
          ))}
        </section>
      )}
      <section aria-labelledby="decisions">
        <h2 id="decisions" tabIndex={-1}>
          Editor decisions
        </h2>
        {done && (
          <p role="status" className="saved">
            Decision saved ({done}).
          </p>
        )}
        {decisions.claimReviews.size > 0 && (
          <ul className="small" aria-label="Claim reviews">
            {claims.flatMap((c) => {
              const r = decisions.claimReviews.get(c.key);
              return r ? [<li key={c.key}>{`${outletOf(c.key)}: ${r.status}${r.note ? ` — ${r.note}` : ""}`}</li>] : [];
            })}
          </ul>
        )}
        <DecisionForms groupKey={group.key} claims={claims} decisions={decisions} />
      </section>
      <section aria-labelledby="history">
        <h2 id="history">History</h2>
        <p className="small">
          <Link href={`/stories/${group.story}/activity`}>The story&apos;s activity</Link>
        </p>
        <AuditList entries={decisions.history} label="This group's history" />
      </section>
    </>
  );
}
