import Link from "next/link";
import type { StorySummary } from "@/server/stories";

/** One page of story workspaces with their status and counts, and the form that creates one. */
export function StoryList({ stories, total }: { stories: StorySummary[]; total: number }) {
  return (
    <section aria-labelledby="stories">
      <h2 id="stories">Stories</h2>
      {stories.length > 0 && (
        <table className="stack">
          <thead>
            <tr>
              <th scope="col">Story</th>
              <th scope="col">Status</th>
              <th scope="col">Articles</th>
              <th scope="col">Discrepancies</th>
            </tr>
          </thead>
          <tbody>
            {stories.map((s) => (
              <tr key={s.id}>
                <td data-label="Story">
                  <Link href={`/stories/${s.id}`}>{s.title}</Link> <span className="small">({s.id})</span>
                </td>
                <td data-label="Status" className="inline">
                  {s.status}
                </td>
                <td data-label="Articles" className="inline">
                  {s.articles}
                </td>
                <td data-label="Discrepancies" className="inline">
                  {s.discrepancies}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > stories.length && (
        <p className="small">
          {total} stories, newest first; this page lists {stories.length} of them.
        </p>
      )}
      <form className="review" method="post" action="/api/story-actions">
        <input type="hidden" name="action" value="create" />
        <label>
          New story title <input name="title" required maxLength={200} />
        </label>
        <label>
          Description <textarea name="description" rows={2} maxLength={2000} />
        </label>
        <button type="submit">Create story</button>
      </form>
    </section>
  );
}
