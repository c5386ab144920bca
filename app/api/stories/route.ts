import { serve } from "@/server/api/serve";
import { createStoryRoute, listStoriesRoute } from "@/server/api/routes";
import { storyJson } from "@/server/api/schemas";
import { createStory, listStories } from "@/server/stories";

export const GET = serve(listStoriesRoute, async () => ({ stories: (await listStories()).map(storyJson) }));

export const POST = serve(createStoryRoute, async ({ body, actor }) => storyJson(await createStory(actor, body)));
