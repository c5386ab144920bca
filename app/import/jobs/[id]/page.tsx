import Link from "next/link";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/server/errors";
import { jobView, type JobView } from "@/server/jobs/job-view";
import { METADATA_KEPT } from "@/server/import-messages";
import { RefreshWhilePending } from "../../../components/refresh-while-pending";
import { JobItems } from "./job-items";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ kept?: string }> };

/** How often a page watching an unfinished job asks again. */
const REFRESH_MS = 1_000;

export async function generateMetadata({ params }: Props) {
  await pageActor();
  return { title: `Import job ${(await params).id}` };
}

const STATE_LINE: Record<JobView["state"], string> = {
  queued: "Waiting for its turn: imports run one at a time.",
  running: "Importing and re-analysing. This page updates by itself; the rest of the site stays usable meanwhile.",
  done: "Done.",
  failed: "The import failed on our side; nothing from it was stored. Import the files again.",
};

export default async function ImportJobPage({ params, searchParams }: Props) {
  await connection();
  await pageActor();
  const { id } = await params;
  const { kept } = await searchParams;
  let job: JobView;
  try {
    job = await jobView(id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  const result = job.result;
  return (
    <>
      <p>
        <Link href="/">← Overview</Link> · <Link href="/import">Import more</Link>
      </p>
      <h1>Import job {job.id}</h1>
      {job.pending && <RefreshWhilePending ms={REFRESH_MS} />}
      <p role="status" className="disc note" data-state={job.state}>
        {STATE_LINE[job.state]}
        {job.pending && (
          <>
            {" "}
            <Link href={job.links.page}>Refresh</Link>
          </>
        )}
      </p>
      {kept === "1" && (
        <p role="status" className="disc note">
          {METADATA_KEPT}
        </p>
      )}
      <JobItems items={job.items} counts={job.counts} />
      {result && (
        <>
          <p className="job-counts">
            Added {result.added} new article(s); {result.unchanged} already stored; {result.refused.length} refused.
          </p>
          {result.refused.length > 0 && (
            <>
              <h2>Refused</h2>
              <ul className="refused">
                {result.refused.map((f, i) => (
                  <li key={i}>
                    <code>{f.file}</code>: {f.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.stories.length > 0 && (
            <>
              <h2>Stories</h2>
              <ul className="job-stories">
                {result.stories.map((s) => (
                  <li key={s.id}>
                    <Link href={s.href}>Story {s.id}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </>
  );
}
