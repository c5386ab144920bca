import { serve } from "@/server/api/serve";
import { searchRoute } from "@/server/api/routes";
import { search } from "@/server/search";

export const GET = serve(searchRoute, ({ query }) => search(query.q, query.story));
