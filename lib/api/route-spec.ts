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
  /** Longer prose for the OpenAPI operation: how the route behaves beyond its schemas. */
  description?: string;
  role: RouteRole;
  params?: P;
  query?: Q;
  body?: B;
  /** A multipart/form-data alternative to the JSON body, its fields as the handler receives them (files as File). */
  form?: z.ZodObject;
  /** A write that starts costly work (an import) shares the import page's tighter rate limit. */
  rate?: "import";
  /** The cap on the request body in bytes, when it is not the default for small JSON bodies. */
  maxBytes?: number;
  response: R;
  /** The success status: 200 unless the route creates something (201) or queues work to do later (202). */
  status?: 200 | 201 | 202;
  /** For a 202: the answer's field holding where the queued work's state can be read, sent as Location too. */
  location?: string;
  errors?: readonly (404 | 409 | 413 | 422)[];
};

/** Keeps each declaration's own schema types, so a handler built from it infers what it receives. */
export const route = <S extends RouteSpec>(spec: S): S => spec;

/** The names a path template binds: "/api/groups/{key}/reviews" binds ["key"]. */
export function pathNames(path: string): string[] {
  return [...path.matchAll(/\{([A-Za-z]\w*)\}/g)].map((m) => m[1]!);
}
