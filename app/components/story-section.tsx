import Link from "next/link";
import { VerdictBadge } from "./verdict-badge";
import { ExportLinks } from "./export-links";
import { countsTowardVerdict } from "@/lib/judge/counts";

type GroupRow = {
  id: number;
  rank: number;
  verdict: string;
  label: string;
  origins: number;
  claims: { article: { outlet: { name: string } | null; file: string } }[];
  discrepancies: { kind: string; severity: number }[];
  review: string | null;
};
type ArticleRow = {
  id: number;
  file: string;
  title: string | null;
  publishedAt: string | null;
  outlet: { name: string } | null;
  _count: { claims: number };
};

const shortFile = (file: string) => file.split("/").pop() ?? file;

/** One story: its articles, its groups counted by verdict, and the claims told by more than one article. */
export function StorySection({
  storyId,
  title,
  articles,
  groups,
}: {
  storyId: string;
  title: string;
  articles: ArticleRow[];
  groups: GroupRow[];
}) {
  const counts = (v: string) => groups.filter((g) => g.verdict === v).length;
  const compared = groups.filter((g) => g.claims.length > 1 || g.verdict === "discrepancy");
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <p className="small">
        <Link href={`/stories/${storyId}/report`}>Printable report</Link> ·{" "}
        <Link href={`/stories/${storyId}/timeline`}>Timeline</Link> · <ExportLinks storyId={storyId} />
      </p>
      <div className="counts">
        {(["discrepancy", "agree", "single-source"] as const).map((v) => (
          <div className="count" key={v}>
            <strong>{counts(v)}</strong>
            <VerdictBadge verdict={v} />
          </div>
        ))}
        <div className="count">
          <strong>{articles.length}</strong>articles
        </div>
      </div>
      <h3>Claims told by more than one article, discrepancies first</h3>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>Verdict</th>
            <th>Claim</th>
            <th>Outlets</th>
            <th>Origins</th>
            <th>Differences</th>
            <th>Review</th>
          </tr>
        </thead>
        <tbody>
          {compared.map((g) => (
            <tr key={g.id}>
              <td>{g.rank}</td>
              <td>
                <VerdictBadge verdict={g.verdict} />
              </td>
              <td>
                <Link href={`/groups/${g.id}`}>{g.label}</Link>
              </td>
              <td className="small">
                {[...new Set(g.claims.map((c) => c.article.outlet?.name ?? shortFile(c.article.file)))].join("; ")}
              </td>
              <td>{g.origins}</td>
              <td className="small">
                {[...new Set(g.discrepancies.filter((d) => countsTowardVerdict(d)).map((d) => d.kind))].join(", ") ||
                  "—"}
              </td>
              <td className="small">{g.review ?? <span className="muted">unreviewed</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        {groups.length - compared.length} further claims appear in one article only; open an article to see them.
      </p>
      <h3>Articles</h3>
      <table>
        <thead>
          <tr>
            <th>Outlet</th>
            <th>Published</th>
            <th>Article</th>
            <th>Claims</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id}>
              <td>{a.outlet?.name ?? <span className="muted">not stated</span>}</td>
              <td>{a.publishedAt ?? <span className="muted">not stated</span>}</td>
              <td>
                <Link href={`/articles/${a.id}`}>{a.title ?? shortFile(a.file)}</Link>
              </td>
              <td>{a._count.claims}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
