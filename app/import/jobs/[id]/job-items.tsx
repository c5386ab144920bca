import type { JobView } from "@/server/jobs/job-view";
import type { ItemState } from "@/lib/ingest/progress";

const STATE_WORDS: Record<ItemState, string> = {
  queued: "queued",
  fetched: "fetched",
  extracted: "claims extracted",
  analysed: "stored and analysed",
  unchanged: "already stored",
  failed: "failed",
};

/** One row per article of the job, live while it runs: where each has got to, and why one failed. */
export function JobItems({ items, counts }: Pick<JobView, "items" | "counts">) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="job-items">
      <h2 id="job-items">Articles</h2>
      <p className="job-progress">
        <progress max={counts.total} value={counts.done} aria-label="Articles done" /> {counts.done} of {counts.total}{" "}
        done{counts.failed > 0 ? `, ${counts.failed} failed` : ""}
      </p>
      <table className="job-items">
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={i} data-state={item.state}>
              <td>
                <code>{item.source}</code>
              </td>
              <td>
                {STATE_WORDS[item.state]}
                {item.reason ? `: ${item.reason}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
