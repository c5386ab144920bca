import { serve } from "@/server/api/serve";
import { groupReviewRoute } from "@/server/api/routes";
import { addReview } from "@/server/reviews";

export const POST = serve(groupReviewRoute, async ({ params, body, actor }) => {
  const review = await addReview({ groupKey: params.key, ...body }, actor);
  return { ...review, createdAt: review.createdAt.toISOString() };
});
