import type { StorySummary } from "@/server/stories";

/**
 * "Into story": the story an import goes into, or none to let the automatic story separation suggest stories. The
 * import form and the feed picker offer the same choice; `chosen` preselects a story the page was opened for.
 */
export function StorySelect({ stories, chosen }: { stories: StorySummary[]; chosen: string | undefined }) {
  return (
    <label>
      Into story{" "}
      <select name="story" defaultValue={stories.some((s) => s.id === chosen) ? chosen : ""}>
        <option value="">None: suggest stories (automatic story separation)</option>
        {stories.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title} ({s.id}, {s.status})
          </option>
        ))}
      </select>
    </label>
  );
}
