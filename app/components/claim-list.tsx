import Link from "next/link";
import { decodeEntities } from "@/lib/ingest/html";
import type { StoredFacets } from "@/server/stored-json";
import { FacetChips } from "./facet-chips";
import { VerdictBadge } from "./verdict-badge";

type ListedClaim = {
  id: number;
  text: string;
  kind: string;
  worthiness: number;
  facets: StoredFacets;
  group: { key: string; rank: number; verdict: string } | null;
};

/** The article's claims, most worth checking first, each with its facets and its group. */
export function ClaimList({
  claims,
  articleId,
  linked,
}: {
  claims: ListedClaim[];
  articleId: number;
  linked: string | null;
}) {
  return (
    <section aria-labelledby="claims">
      <h2 id="claims" tabIndex={-1}>
        Claims, most worth checking first
      </h2>
      <ol className="claims-list">
        {[...claims]
          .sort((a, b) => b.worthiness - a.worthiness)
          .map((c) => (
            <li key={c.id} id={`claim-${c.id}`} className={String(c.id) === linked ? "linked" : undefined}>
              <div>
                <strong>{c.worthiness.toFixed(2)}</strong> <span className="muted small">{c.kind}</span>{" "}
                {decodeEntities(c.text)}
              </div>
              <FacetChips facets={c.facets} articleId={articleId} />
              <div className="small muted">{c.facets.worthinessReasons.join("; ")}</div>
              {c.group && (
                <div className="small">
                  <Link href={`/groups/${c.group.key}`}>group {c.group.rank}</Link>{" "}
                  <VerdictBadge verdict={c.group.verdict} />
                </div>
              )}
            </li>
          ))}
      </ol>
    </section>
  );
}
