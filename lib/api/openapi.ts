import { z } from "zod";
import { pathNames, type RouteSpec } from "./route-spec";

type JsonSchema = Record<string, unknown>;

const ERROR_TEXT: Record<number, string> = {
  400: "Malformed input: a query value, JSON that does not parse, or a wrong content type",
  401: "Not signed in and no API token sent",
  403: "The caller's role does not allow this, or the request came from another site",
  404: "Unknown id or key",
  409: "Conflict: the thing named changed since it was read; the message says where it went",
  413: "Body over its size cap",
  422: "Well-formed JSON that the route's schema refuses; the message names each field",
};

/** A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), without the dialect line each would repeat. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

function parameters(object: z.ZodObject | undefined, where: "path" | "query") {
  if (!object) return [];
  const schema = jsonSchema(object, "input");
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === "path" || required.has(name),
      schema: rest,
      ...(typeof description === "string" ? { description } : {}),
    };
  });
}

/** The JSON body and, where a route takes one, its multipart form alternative. */
function requestBody(route: RouteSpec) {
  const content = {
    ...(route.body ? { "application/json": { schema: jsonSchema(route.body, "input") } } : {}),
    ...(route.form ? { "multipart/form-data": { schema: jsonSchema(route.form, "input") } } : {}),
  };
  return Object.keys(content).length ? { requestBody: { required: true, content } } : {};
}

function operation(route: RouteSpec) {
  const missing = pathNames(route.path).filter((n) => !route.params?.shape[n]);
  if (missing.length) throw new Error(`${route.method} ${route.path}: no params schema for ${missing.join(", ")}`);
  const errors = [400, 401, 403, ...(route.errors ?? [])];
  const errorRef = { content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
  return {
    summary: route.summary,
    "x-required-role": route.role,
    parameters: [...parameters(route.params, "path"), ...parameters(route.query, "query")],
    ...(route.description ? { description: route.description } : {}),
    ...requestBody(route),
    responses: {
      [String(route.status ?? 200)]: {
        description: "Success",
        content: { "application/json": { schema: jsonSchema(route.response, "output") } },
      },
      ...Object.fromEntries(errors.map((s) => [String(s), { description: ERROR_TEXT[s] ?? "Error", ...errorRef }])),
    },
  };
}

/** The OpenAPI 3.1 document of the declared routes: every path, operation and schema generated, none written. */
export function openApiDocument(routes: readonly RouteSpec[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const item = (paths[route.path] ??= {});
    const method = route.method.toLowerCase();
    if (item[method]) throw new Error(`${route.method} ${route.path} is declared twice`);
    item[method] = operation(route);
  }
  return {
    openapi: "3.1.0",
    info,
    paths,
    components: {
      schemas: {
        Error: {
          type: "object",
          properties: { error: { type: "string" }, code: { type: "string" } },
          required: ["error", "code"],
        },
      },
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    },
    // A token, a signed-in session's cookie, or nothing where the server runs in local single-user mode.
    security: [{ bearer: [] }, {}],
  };
}
