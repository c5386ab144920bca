import Link from "next/link";
import { VerdictBadge } from "./verdict-badge";
import { WhoSaysWhatLine } from "./who-says-what";
import { VerdictCounts } from "./verdict-counts";
import { ExportLinks } from "./export-links";
import { fileName, headline, sourceName, type NamedArticle } from "@/lib/present/names";
import type { WhoSaysWhat } from "@/server/who-says-what";
import type { LatestStatus } from "@/server/latest-reviews";
import type { StorySummary } from "@/server/stories";

type GroupRow = {
  id: number;
  key: string;
  rank: number;
  verdict: string;
  label: string;
  origins: number;
  claims: { article: NamedArticle }[];
  lines: WhoSaysWhat[];
  review: LatestStatus | null;
};
type ArticleRow = NamedArticle & { id: number; publishedAt: string | null; _count: { claims: number } };

/**
 * One story: the claims told by more than one article, each discrepancy as "who says what", then its articles.
 * Counts are shown per story only when there are several stories (the overview's own counts cover one). Each list
 * shows its first rows (server/overview.ts OVERVIEW_LIMITS) and says where the rest are.
 */
export function StorySection({
  story,
  title,
  articles,
  groups,
  listedGroups,
  tally,
  counted,
}: {
  story: Pick<StorySummary, "id" | "articles">;
  title: string;
  /** The story's first articles, undated first, then by date. */
  articles: ArticleRow[];
  /** The story's first groups told by more than one claim or carrying a discrepancy, in rank order. */
  groups: GroupRow[];
  /** How many such groups the story has: `groups` may hold only the first of them. */
  listedGroups: number;
  /** All the story's groups by verdict, single claims included. */
  tally: Record<string, number>;
  counted: boolean;
}) {
  const storyId = story.id;
  const total = Object.values(tally).reduce((n, c) => n + c, 0);
  return (
    <section aria-labelledby={`story-${storyId}`}>
      <h2 id={`story-${storyId}`}>{title}</h2>
      <p className="small">
        <Link href={`/stories/${storyId}/groups`}>Filter groups</Link> ·{" "}
        <Link href={`/stories/${storyId}/report`}>Printable report</Link> ·{" "}
        <Link href={`/stories/${storyId}/timeline`}>Timeline</Link> · <ExportLinks storyId={storyId} />
      </p>
      {counted && <VerdictCounts counts={(v) => tally[v] ?? 0} articles={story.articles} />}
      <h3>Claims told by more than one article, discrepancies first</h3>
      <table className="stack">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Verdict</th>
            <th scope="col">Claim, and who says what</th>
            <th scope="col">Outlets</th>
            <th scope="col">Origins</th>
            <th scope="col">Review</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.id}>
              <td data-label="#" className="inline">
                {g.rank}
              </td>
              <td data-label="Verdict" className="inline">
                <VerdictBadge verdict={g.verdict} />
              </td>
              <td data-label="Claim">
                <Link href={`/groups/${g.key}`}>{g.label}</Link>
                {g.lines.map((l) => (
                  <WhoSaysWhatLine key={l.discrepancyId} line={l} />
                ))}
              </td>
              <td data-label="Outlets" className="small">
                {[...new Set(g.claims.map((c) => sourceName(c.article)))].join("; ")}
              </td>
              <td data-label="Origins" className="inline">
                {g.origins}
              </td>
              <td data-label="Review" className="small inline">
                {g.review ? <ReviewStatus review={g.review} /> : <span className="muted">unreviewed</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {groups.length < listedGroups && (
        <p className="muted">
          The first {groups.length} of {listedGroups} are shown;{" "}
          <Link href={`/stories/${storyId}/groups`}>the story&apos;s group list</Link> has them all.
        </p>
      )}
      <p className="muted">
        {total - listedGroups} further claims appear in one article only; open an article to see them.
      </p>
      <h3>Articles</h3>
      <table className="stack">
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col">Published</th>
            <th scope="col">Article</th>
            <th scope="col">Claims</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id}>
              <td data-label="Outlet">{a.outlet?.name ?? <span className="muted">not stated</span>}</td>
              <td data-label="Published">{a.publishedAt ?? <span className="muted">not stated</span>}</td>
              <td data-label="Article">
                <Link href={`/articles/${a.id}`}>{headline(a)}</Link>{" "}
                <span className="muted small">({fileName(a.file)})</span>
              </td>
              <td data-label="Claims">{a._count.claims}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {articles.length < story.articles && (
        <p className="muted">
          The first {articles.length} of {story.articles} articles are shown;{" "}
          <Link href={`/stories/${storyId}#articles`}>the story&apos;s page</Link> lists them all.
        </p>
      )}
    </section>
  );
}

/** A group's latest review; one made on an earlier version of the group says so. */
function ReviewStatus({ review }: { review: LatestStatus }) {
  if (!review.changedSinceReview) return <>{review.status}</>;
  return (
    <>
      {review.status} <span className="muted">(changed since review)</span>
    </>
  );
}
