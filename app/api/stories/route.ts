import { serve } from "@/server/api/serve";
import { listStoriesRoute } from "@/server/api/routes";
import { listStories } from "@/server/story-summaries";

export const GET = serve(listStoriesRoute, async () => ({ stories: await listStories() }));
