import { serve } from "@/server/api/serve";
import { claimReviewRoute } from "@/server/api/decision-routes";
import { reviewClaim } from "@/server/decisions";

export const POST = serve(claimReviewRoute, async ({ params, body, actor }) => {
  const review = await reviewClaim({ claimKey: params.key, ...body }, actor);
  return { ...review, createdAt: review.createdAt.toISOString() };
});
