import { serve } from "@/server/api/serve";
import { storyAuditRoute } from "@/server/api/routes";
import { auditEntries } from "@/server/audit";
import { storySummary } from "@/server/story-summaries";

export const GET = serve(storyAuditRoute, async ({ params, query }) => {
  await storySummary(params.id);
  const entries = await auditEntries({ story: params.id }, query.take);
  return { entries: entries.map((e) => ({ ...e, at: e.at.toISOString() })) };
});
