import { serve } from "@/server/api/serve";
import { storyAuditRoute } from "@/server/api/routes";
import { auditEntries } from "@/server/audit";
import { storyById } from "@/server/stories";

export const GET = serve(storyAuditRoute, async ({ params, query }) => {
  await storyById(params.id);
  const entries = await auditEntries({ story: params.id }, query.take);
  return { entries: entries.map((e) => ({ ...e, at: e.at.toISOString() })) };
});
