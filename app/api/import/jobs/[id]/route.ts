import { serve } from "@/server/api/serve";
import { importJobRoute } from "@/server/api/routes";
import { jobView } from "@/server/jobs/job-view";

/** GET /api/import/jobs/{id}: where a queued import (POST /api/import, POST /api/stories/{id}/articles) is read. */
export const GET = serve(importJobRoute, ({ params }) => jobView(params.id));
