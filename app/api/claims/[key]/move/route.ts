import { serve } from "@/server/api/serve";
import { moveRoute } from "@/server/api/decision-routes";
import { moveClaim } from "@/server/decisions";

export const POST = serve(moveRoute, ({ params, body, actor }) => moveClaim({ claimKey: params.key, ...body }, actor));
