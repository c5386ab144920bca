import { serve } from "@/server/api/serve";
import { mergeRoute } from "@/server/api/decision-routes";
import { mergeGroups } from "@/server/decisions";

export const POST = serve(mergeRoute, ({ body, actor }) => mergeGroups(body, actor));
