import type { StorySummary } from "@/server/stories";

/** Accept (for a suggestion) and rename: plain forms, so they work without script. */
export function StoryForms({ story }: { story: StorySummary }) {
  return (
    <section aria-labelledby="story-form" className="review">
      <h2 id="story-form">Edit this story</h2>
      {story.status === "suggested" && (
        <form method="post" action="/api/story-actions">
          <input type="hidden" name="action" value="accept" />
          <input type="hidden" name="story" value={story.id} />
          <p>
            The automatic story separation suggested this story. Accept it as it stands, or move articles first.{" "}
            <button type="submit">Accept story</button>
          </p>
        </form>
      )}
      <form method="post" action="/api/story-actions">
        <input type="hidden" name="action" value="rename" />
        <input type="hidden" name="story" value={story.id} />
        <label>
          Title <input name="title" defaultValue={story.title} required maxLength={200} />
        </label>
        <label>
          Description <textarea name="description" rows={2} defaultValue={story.description} maxLength={2000} />
        </label>
        <button type="submit">Rename</button>
      </form>
    </section>
  );
}
