import { shownFileName } from "../articles";
import { parseId } from "../params";
import { importJobStatus, type JobState } from "./job-store";
import { jobLinks } from "./job-links";
import { progressCounts, type ItemProgress } from "../../lib/ingest/progress";

/** A file by its name alone (its folders may name the server's), a fetched page by its whole address. */
const shownSource = (source: string) => (/^https?:\/\//i.test(source) ? source : shownFileName(source));

/** A job as its page and its JSON route show it: no stored error text (it may name server internals), no input. */
export type JobView = {
  id: number;
  state: JobState;
  /** Still to come: the page refreshes itself while this holds. */
  pending: boolean;
  attempts: number;
  createdAt: string;
  finishedAt: string | null;
  result: {
    added: number;
    unchanged: number;
    refused: { file: string; reason: string }[];
    stories: { id: string; href: string }[];
  } | null;
  /** Each article's state, in the order given, with file names shown as the rest of the site shows them. */
  items: ItemProgress[];
  counts: ReturnType<typeof progressCounts>;
  links: { status: string; page: string };
};

/** The job named by a route's id segment, or a not-found. */
export async function jobView(idParam: string): Promise<JobView> {
  const job = await importJobStatus(parseId(idParam, "Import job"));
  const result = job.result && {
    added: job.result.added,
    unchanged: job.result.unchanged,
    refused: job.result.failures.map((f) => ({ file: shownSource(f.file), reason: f.reason })),
    stories: job.result.stories.map((id) => ({ id, href: `/#story-${id}` })),
  };
  return {
    id: job.id,
    state: job.state,
    pending: job.state === "queued" || job.state === "running",
    attempts: job.attempts,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    result,
    items: job.items.map((i) => ({ ...i, source: shownSource(i.source) })),
    counts: progressCounts(job.items),
    links: jobLinks(job.id),
  };
}
