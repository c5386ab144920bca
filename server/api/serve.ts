import type { z } from "zod";
import type { RouteSpec } from "../../lib/api/route-spec";
import type { Actor } from "../actor";
import { errorResponse, InvalidInputError, NotFoundError, UnprocessableError } from "../errors";
import { contentType, LIMITS, readJson } from "../body";
import { guardWrite } from "../request-guard";
import { actorFor } from "./actor-for";

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a route's handler receives: everything already validated against its declaration. */
export type RouteInput<S extends RouteSpec> = {
  params: Infer<S["params"]>;
  query: Infer<S["query"]>;
  body: Infer<S["body"]>;
  actor: Actor;
  request: Request;
};

type Context = { params: Promise<Record<string, string | string[]>> };

const issues = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.length ? i.path.join(".") : "body"}: ${i.message}`).join("; ");

function searchObject(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URL(url).searchParams) {
    const seen = out[k];
    out[k] = seen === undefined ? v : [...(Array.isArray(seen) ? seen : [seen]), v];
  }
  return out;
}

/**
 * A Next route handler for a declared route. In order: a write passes the cross-site and rate checks, the caller's
 * role is checked, path values that fit no schema are a 404 (they name nothing), query values a 400, and a JSON body
 * that parses but fits no schema a 422. The answer is checked against the declared response, so the OpenAPI document
 * describes what is sent (the handler's answer is typed `unknown` because stored enumerations are plain strings; a
 * stored value outside its schema is a 500, logged, never an undocumented answer). Every error goes through errorResponse, the one mapping to HTTP.
 */
export function serve<S extends RouteSpec>(spec: S, handle: (input: RouteInput<S>) => Promise<unknown>) {
  return async (request: Request, context: Context): Promise<Response> => {
    try {
      if (spec.method !== "GET") await guardWrite(request, "write");
      const actor = await actorFor(request.headers, spec.role);
      const raw = await context.params;
      const params = spec.params?.safeParse(raw);
      if (params && !params.success) throw new NotFoundError(`${spec.path} with ${JSON.stringify(raw)}`);
      const query = spec.query?.safeParse(searchObject(request.url));
      if (query && !query.success) throw new InvalidInputError(`query: ${issues(query.error)}`, "bad_query");
      let body: unknown;
      if (spec.body) {
        if (contentType(request) !== "application/json")
          throw new InvalidInputError("send JSON (content-type: application/json)", "wrong_type");
        const parsed = spec.body.safeParse(await readJson(request, LIMITS.reviewBytes));
        if (!parsed.success) throw new UnprocessableError(issues(parsed.error));
        body = parsed.data;
      }
      const input = { params: params?.data, query: query?.data, body, actor, request } as RouteInput<S>;
      const answer = spec.response.parse(await handle(input));
      return Response.json(answer, { status: spec.status ?? 200, headers: { "cache-control": "no-store" } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
