import { serve } from "@/server/api/serve";
import { storyGroupsRoute } from "@/server/api/routes";
import { filteredGroups } from "@/server/story-groups";

export const GET = serve(storyGroupsRoute, async ({ params, query }) => {
  const { page, pageSize, ...filter } = query;
  const found = await filteredGroups(params.id, filter, page, pageSize);
  return {
    ...found,
    groups: found.groups.map((g) => ({
      ...g,
      claims: g.claims.map((c) => ({ ...c, review: c.review && { ...c.review, at: c.review.at.toISOString() } })),
      latestReview: g.latestReview && { ...g.latestReview, at: g.latestReview.at.toISOString() },
    })),
  };
});
