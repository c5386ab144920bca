import type { z } from "zod";

export type HttpMethod = "GET" | "POST";
/** Who may call a route, least to most (server/actor.ts orders them). */
export type RouteRole = "viewer" | "editor" | "admin";

/**
 * One JSON route as declared once: the handler validates against these schemas and the OpenAPI document is generated
 * from them, so the two cannot drift. `path` is OpenAPI's form ("/api/stories/{id}"); every `{name}` in it is a key
 * of `params`. `errors` lists the statuses beyond 400/401/403 the route can answer (404, 409, 422).
 */
export type RouteSpec<
  P extends z.ZodObject = z.ZodObject,
  Q extends z.ZodObject = z.ZodObject,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> = {
  method: HttpMethod;
  path: string;
  summary: string;
  role: RouteRole;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** The success status: 200 unless the route creates something (201). */
  status?: 200 | 201;
  errors?: readonly (404 | 409 | 413 | 422)[];
};

/** The names a path template binds: "/api/groups/{key}/reviews" binds ["key"]. */
export function pathNames(path: string): string[] {
  return [...path.matchAll(/\{([A-Za-z]\w*)\}/g)].map((m) => m[1]!);
}
