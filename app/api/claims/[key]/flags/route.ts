import { serve } from "@/server/api/serve";
import { flagRoute } from "@/server/api/decision-routes";
import { flagClaim } from "@/server/decisions";

export const POST = serve(flagRoute, ({ params, body, actor }) => flagClaim({ claimKey: params.key, ...body }, actor));
