import { serve } from "@/server/api/serve";
import { storyArticlesRoute } from "@/server/api/routes";
import { queueWebImport } from "@/server/jobs/queue-web-import";
import { uploadsOf } from "@/server/web-import";

/** Files, pasted text or addresses, queued as an import job into the story (server/api/routes.ts says why). */
export const POST = serve(storyArticlesRoute, async ({ params, body, actor }) => {
  const story = params.id;
  if ("files" in body) return queueWebImport({}, await uploadsOf(body.files), story, actor);
  if ("urls" in body) return queueWebImport({ urls: body.urls.join("\n") }, [], story, actor);
  return queueWebImport(body, [], story, actor);
});
