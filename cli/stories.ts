import { CLI_ACTOR } from "./accounts";

/** `stories create <title> [--description text]`: prints the new story's id alone on its last line. */
export async function runStoriesCreate(title: string, options: { description?: string }): Promise<void> {
  const { createStory } = await import("../server/stories");
  const story = await createStory(CLI_ACTOR, { title, description: options.description ?? "" });
  console.error(`created story ${story.id}: ${story.title}`);
  console.log(story.id);
}

/** `stories list`: one tab-separated line per story: id, status, articles, groups, discrepancies, title. */
export async function runStoriesList(): Promise<void> {
  const { listStories } = await import("../server/stories");
  const stories = await listStories();
  for (const s of stories)
    console.log(
      [
        s.id,
        s.status,
        `${s.articles} articles`,
        `${s.groups} groups`,
        `${s.discrepancies} discrepancies`,
        s.title,
      ].join("\t"),
    );
  if (stories.length === 0)
    console.error("no stories yet: create one with `stories create <title>`, or import articles");
}
