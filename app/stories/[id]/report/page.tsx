import Link from "next/link";
import { cache } from "react";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { storyReport } from "@/server/export-report";
import { WhoSaysWhatLine } from "../../../components/who-says-what";
import { loadOr404 } from "../../../components/load-or-404";
import { ExportLinks } from "../../../components/export-links";
import { storyPageTitle } from "../story-title";
import { ReportWording } from "./report-wording";
import "./report.css";

type Props = { params: Promise<{ id: string }> };

/** One read per request, shared by the title and the page. */
const load = cache((id: string) => loadOr404(() => storyReport(id)));

export async function generateMetadata({ params }: Props) {
  await pageActor();
  const report = await load((await params).id);
  return { title: storyPageTitle("Discrepancy report", report) };
}

/** The story's discrepancies on paper: ranked, each with outlets, dates, word differences and the editors' note. */
export default async function ReportPage({ params }: Props) {
  await connection();
  await pageActor();
  const report = await load((await params).id);
  return (
    <article className="report">
      <p className="report-screen-only">
        <Link href="/">← Overview</Link> · <Link href={`/stories/${report.id}/timeline`}>Timeline</Link> ·{" "}
        <ExportLinks storyId={report.id} />
      </p>
      <h1>Discrepancy report{report.title ? `: ${report.title}` : ""}</h1>
      <p className="report-meta">
        Story {report.id} · {report.articles} articles from {report.outlets.join(", ")} · {report.entries.length}{" "}
        {report.entries.length === 1 ? "discrepancy" : "discrepancies"}, most serious first · printed{" "}
        {new Date().toISOString().slice(0, 10)}
      </p>
      {report.entries.length === 0 && <p>No discrepancies were found between the outlets in this story.</p>}
      {report.entries.map((e, i) => (
        <section key={e.groupKey} className="report-entry" aria-label={`Discrepancy ${i + 1}`}>
          <h2>
            {i + 1}. {e.label}
          </h2>
          <ul className="report-findings">
            {e.findings.map((f, j) => (
              <li key={j}>
                <strong>{f.kind}</strong> (severity {f.severity}): {f.summary}
                {f.line ? <WhoSaysWhatLine line={f.line} /> : <div className="report-aside">between {f.between}</div>}
              </li>
            ))}
          </ul>
          <table className="report-claims stack">
            <thead>
              <tr>
                <th>Outlet</th>
                <th>Published</th>
                <th>What it says (word differences from the first-published claim, where worded alike)</th>
              </tr>
            </thead>
            <tbody>
              {e.claims.map((c) => (
                <tr key={c.articleId}>
                  <td>
                    {c.outlet}
                    <div className="report-headline">
                      {c.headline === c.outlet ? "" : `${c.headline} `}
                      <span className="report-file">({c.file})</span>
                    </div>
                  </td>
                  <td data-label="Published">{c.publishedAt ?? "not stated"}</td>
                  <td data-label="What it says">
                    <ReportWording claim={c} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="report-review">
            Editor:{" "}
            {e.review ? (
              <>
                <strong>{e.review.status}</strong> on {e.review.at.toISOString().slice(0, 10)}
                {e.review.changedSinceReview ? <em> (made before the group last changed)</em> : null}
                {e.review.note ? <span className="report-note"> — {e.review.note}</span> : null}
              </>
            ) : (
              <em>not reviewed yet</em>
            )}
          </p>
        </section>
      ))}
    </article>
  );
}
