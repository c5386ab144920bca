import { serve } from "@/server/api/serve";
import { getStoryRoute } from "@/server/api/routes";
import { storyJson } from "@/server/api/schemas";
import { storyById } from "@/server/stories";

export const GET = serve(getStoryRoute, async ({ params }) => storyJson(await storyById(params.id)));
