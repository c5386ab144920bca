import { VerdictBadge } from "./verdict-badge";

const VERDICTS = ["discrepancy", "agree", "single-source"] as const;

/** Groups counted by verdict, then whatever else is worth counting, one box each. */
export function VerdictCounts({
  counts,
  articles,
  extra = [],
}: {
  counts: (verdict: string) => number;
  articles: number;
  extra?: { n: number; label: string }[];
}) {
  return (
    <section aria-label="Groups by verdict" className="counts">
      {VERDICTS.map((v) => (
        <div className="count" key={v}>
          <strong>{counts(v)}</strong>
          <VerdictBadge verdict={v} />
        </div>
      ))}
      {[{ n: articles, label: "articles" }, ...extra].map((x) => (
        <div className="count" key={x.label}>
          <strong>{x.n}</strong>
          {x.label}
        </div>
      ))}
    </section>
  );
}
