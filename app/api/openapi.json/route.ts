import { apiDocument } from "@/server/api/document";

/** GET /api/openapi.json: the JSON API described from its routes' zod schemas (server/api/routes.ts). */
export function GET(): Response {
  return Response.json(apiDocument, { headers: { "cache-control": "no-store" } });
}
