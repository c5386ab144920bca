import { serve } from "@/server/api/serve";
import { getStoryRoute } from "@/server/api/routes";
import { storySummary } from "@/server/story-summaries";

export const GET = serve(getStoryRoute, ({ params }) => storySummary(params.id));
