import Link from "next/link";
import { cache } from "react";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { storyTimeline, type Teller } from "@/server/export-timeline";
import { VerdictBadge } from "../../../components/verdict-badge";
import { ExportLinks } from "../../../components/export-links";
import { loadOr404 } from "../../../components/load-or-404";
import { storyPageTitle } from "../story-title";
import { TimelineGraph } from "./timeline-graph";
import "./timeline.css";

type Props = { params: Promise<{ id: string }> };

/** One read per request, shared by the title and the page. */
const load = cache((id: string) => loadOr404(() => storyTimeline(id)));

export async function generateMetadata({ params }: Props) {
  await pageActor();
  const timeline = await load((await params).id);
  return { title: storyPageTitle("Timeline", timeline) };
}

function when(t: Teller): string {
  const date = t.publishedAt ?? "date not stated";
  if (!t.daysAfter) return `${t.outlet} (${date})`;
  const days = t.daysAfter === 1 ? "1 day" : `${t.daysAfter} days`;
  return `${t.outlet} (${date}, ${days} later)`;
}

/** Who published when, who copied or cited whom, and for each shared claim who said it first. */
export default async function TimelinePage({ params }: Props) {
  await connection();
  await pageActor();
  const timeline = await load((await params).id);
  const name = new Map(timeline.articles.map((a) => [a.id, a.outlet]));
  return (
    <>
      <p>
        <Link href="/">← Overview</Link> · <Link href={`/stories/${timeline.id}/report`}>Printable report</Link> ·{" "}
        <ExportLinks storyId={timeline.id} />
      </p>
      <h1>Timeline{timeline.title ? `: ${timeline.title}` : ""}</h1>
      <p className="muted">
        Solid arrow: republishes. Dashed arrow: cites. Hollow dots are named sources the articles cite or copy that are
        not imported.
      </p>
      <p className="muted small timeline-hint">Scroll the graph sideways to read each row.</p>
      <div className="timeline-scroll" role="region" aria-label="Timeline graph, scrolls sideways" tabIndex={0}>
        <TimelineGraph timeline={timeline} />
      </div>
      {timeline.links.length > 0 && (
        <ul aria-label="Republication and citation links" className="small">
          {timeline.links.map((l, i) => (
            <li key={i}>
              {name.get(l.from)} {l.kind}{" "}
              {"articleId" in l.to ? name.get(l.to.articleId) : `${l.to.source} (not imported)`}
            </li>
          ))}
        </ul>
      )}
      <h2>Who said it first</h2>
      {timeline.groups.length === 0 ? (
        <p>No claim is told by more than one article in this story.</p>
      ) : (
        <table aria-label="Who said it first" className="stack">
          <thead>
            <tr>
              <th>Claim</th>
              <th>Verdict</th>
              <th>First</th>
              <th>Followed by</th>
            </tr>
          </thead>
          <tbody>
            {timeline.groups.map((g) => (
              <tr key={g.groupKey}>
                <td data-label="Claim">
                  <Link href={`/groups/${g.groupKey}`}>{g.label}</Link>
                </td>
                <td className="inline">
                  <VerdictBadge verdict={g.verdict} />
                </td>
                <td className="small" data-label="First">
                  {g.first.map(when).join("; ") || "—"}
                </td>
                <td className="small" data-label="Followed by">
                  {[...g.followers, ...g.undated].map(when).join("; ") || "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
