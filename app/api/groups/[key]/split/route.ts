import { serve } from "@/server/api/serve";
import { splitRoute } from "@/server/api/decision-routes";
import { splitClaims } from "@/server/decisions";

export const POST = serve(splitRoute, ({ params, body, actor }) =>
  splitClaims({ groupKey: params.key, ...body }, actor),
);
