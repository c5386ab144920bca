import { ZodArray, type z } from "zod";
import type { RouteSpec } from "../../lib/api/route-spec";
import type { Actor } from "../actor";
import { errorResponse, InvalidInputError, NotFoundError, UnprocessableError } from "../errors";
import { contentType, LIMITS, readForm, readJson } from "../body";
import { guardWrite } from "../request-guard";
import { actorFor } from "./actor-for";

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;
/** A route with a form alternative receives either: the JSON body's or the form's fields. */
type Body<S extends RouteSpec> = Infer<S["body"]> | (S["form"] extends z.ZodType ? z.output<S["form"]> : never);

/** What a route's handler receives: everything already validated against its declaration. */
export type RouteInput<S extends RouteSpec> = {
  params: Infer<S["params"]>;
  query: Infer<S["query"]>;
  body: Body<S>;
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

/** A form's fields by name: several values under one name (files) as an array, one as itself. */
async function formObject(request: Request, form: z.ZodObject, maxBytes: number): Promise<Record<string, unknown>> {
  const sent = await readForm(request, maxBytes);
  return Object.fromEntries(
    Object.entries(form.shape).map(([name, field]) => {
      const values = sent.getAll(name);
      return [name, values.length > 1 || field instanceof ZodArray ? values : values[0]];
    }),
  );
}

function checked(schema: z.ZodType, raw: unknown): unknown {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new UnprocessableError(issues(parsed.error));
  return parsed.data;
}

/** The request's body checked against the JSON schema, or the form schema for a form where the route takes one. */
async function readBody(request: Request, spec: RouteSpec): Promise<unknown> {
  const type = contentType(request);
  const maxBytes = spec.maxBytes ?? LIMITS.reviewBytes;
  const formSent = type === "multipart/form-data" || type === "application/x-www-form-urlencoded";
  if (spec.form && formSent) return checked(spec.form, await formObject(request, spec.form, maxBytes));
  if (spec.body && type === "application/json") return checked(spec.body, await readJson(request, maxBytes));
  const orForm = spec.form ? " or a form (multipart/form-data)" : "";
  throw new InvalidInputError(`send JSON (content-type: application/json)${orForm}`, "wrong_type");
}

/**
 * A Next route handler for a declared route. In order: a write passes the cross-site and rate checks, the caller's
 * role is checked, path values that fit no schema are a 404 (they name nothing), query values a 400, and a JSON body
 * that parses (or a form, where the route takes one) but fits no schema a 422. The answer is checked against the
 * declared response, so the OpenAPI document describes what is sent (the handler's answer is typed `unknown` because
 * stored enumerations are plain strings; a stored value outside its schema is a 500, logged, never an undocumented
 * answer). Every error goes through errorResponse, the one mapping to HTTP.
 */
export function serve<S extends RouteSpec>(spec: S, handle: (input: RouteInput<S>) => Promise<unknown>) {
  return async (request: Request, context: Context): Promise<Response> => {
    try {
      if (spec.method !== "GET") await guardWrite(request, spec.rate ?? "write");
      const actor = await actorFor(request.headers, spec.role);
      const raw = await context.params;
      const params = spec.params?.safeParse(raw);
      if (params && !params.success) throw new NotFoundError(`${spec.path} with ${JSON.stringify(raw)}`);
      const query = spec.query?.safeParse(searchObject(request.url));
      if (query && !query.success) throw new InvalidInputError(`query: ${issues(query.error)}`, "bad_query");
      const body = spec.body || spec.form ? await readBody(request, spec) : undefined;
      const input = { params: params?.data, query: query?.data, body, actor, request } as RouteInput<S>;
      const answer: unknown = spec.response.parse(await handle(input));
      const headers = new Headers({ "cache-control": "no-store" });
      if (spec.location) headers.set("location", String((answer as Record<string, unknown>)[spec.location]));
      return Response.json(answer, { status: spec.status ?? 200, headers });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
