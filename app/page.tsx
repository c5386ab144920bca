import Link from "next/link";
import { connection } from "next/server";
import { listArticles, listOutlets, recentFailures } from "@/server/articles";
import { nameVariants, rankedGroups, verdictCounts } from "@/server/groups";
import { VerdictBadge } from "./components/verdict-badge";

export default async function Overview() {
  await connection();
  const [outlets, articles, counts, groups, failures, names] = await Promise.all([listOutlets(), listArticles(), verdictCounts(), rankedGroups({ multi: false }), recentFailures(), nameVariants()]);
  const compared = groups.filter((g) => g.claims.length > 1 || g.verdict === "discrepancy");
  return (
    <>
      <h1>Story overview</h1>
      <section aria-label="Groups by verdict" className="counts">
        {(["discrepancy", "agree", "single-source"] as const).map((v) => (
          <div className="count" key={v}><strong>{counts[v] ?? 0}</strong><VerdictBadge verdict={v} /></div>
        ))}
        <div className="count"><strong>{articles.length}</strong>articles</div>
        <div className="count"><strong>{outlets.length}</strong>named outlets</div>
      </section>
      {names.length > 0 && (
        <section aria-label="Names spelled differently">
          <h2>Names spelled differently across outlets</h2>
          <ul>
            {names.map((n) => (
              <li key={n.canonical}>
                <strong>{n.canonical}</strong>: spelled {n.spellings.map((s) => `“${s}”`).join(" and ")} — in{" "}
                {n.groupIds.map((id, i) => <span key={id}>{i > 0 && ", "}<Link href={`/groups/${id}`}>group {id}</Link></span>)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2>Claims told by more than one article, discrepancies first</h2>
      <table>
        <thead><tr><th>#</th><th>Verdict</th><th>Claim</th><th>Outlets</th><th>Origins</th><th>Differences</th></tr></thead>
        <tbody>
          {compared.map((g) => (
            <tr key={g.id}>
              <td>{g.rank}</td>
              <td><VerdictBadge verdict={g.verdict} /></td>
              <td><Link href={`/groups/${g.id}`}>{g.label}</Link></td>
              <td className="small">{[...new Set(g.claims.map((c) => c.article.outlet?.name ?? c.article.file.split("/").pop()))].join("; ")}</td>
              <td>{g.origins}</td>
              <td className="small">{[...new Set(g.discrepancies.filter((d) => d.severity > 0).map((d) => d.kind))].join(", ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{groups.length - compared.length} further claims appear in one article only; open an article to see them.</p>
      <h2>Articles</h2>
      <table>
        <thead><tr><th>Outlet</th><th>Published</th><th>Article</th><th>Claims</th></tr></thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id}>
              <td>{a.outlet?.name ?? <span className="muted">not stated</span>}</td>
              <td>{a.publishedAt ?? <span className="muted">not stated</span>}</td>
              <td><Link href={`/articles/${a.id}`}>{a.title ?? a.file.split("/").pop()}</Link></td>
              <td>{a._count.claims}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {failures.length > 0 && (
        <>
          <h2>Files that could not be imported</h2>
          <ul>{failures.map((f) => <li key={f.id}><code>{f.file}</code>: {f.reason}</li>)}</ul>
        </>
      )}
    </>
  );
}
