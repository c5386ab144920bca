import { describe, expect, it } from "vitest";
import { z } from "zod";
import { openApiDocument } from "./openapi";
import type { RouteSpec } from "./route-spec";

const review: RouteSpec = {
  method: "POST",
  path: "/api/groups/{key}/reviews",
  summary: "Review a group",
  role: "editor",
  params: z.object({ key: z.string().regex(/^[0-9a-f]{20}$/) }),
  body: z.object({ status: z.enum(["confirmed", "disputed"]), note: z.string().default("") }),
  response: z.object({ id: z.number().int() }),
  status: 201,
  errors: [404, 409],
};
const list: RouteSpec = {
  method: "GET",
  path: "/api/groups/{key}/reviews",
  summary: "List a group's reviews",
  role: "viewer",
  params: z.object({ key: z.string() }),
  query: z.object({
    take: z.coerce.number().int().max(5).default(5).describe("At most this many"),
    status: z.string().optional(),
  }),
  response: z.array(z.string()),
};

describe("the OpenAPI document generated from route declarations", () => {
  const doc = openApiDocument([review, list], { title: "t", version: "1" });

  it("is OpenAPI 3.1 with one operation per declared method and path", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(["/api/groups/{key}/reviews"]);
    expect(Object.keys(doc.paths["/api/groups/{key}/reviews"]!)).toEqual(["post", "get"]);
  });

  it("turns the body and response schemas into JSON Schema, input side for requests", () => {
    const post = doc.paths["/api/groups/{key}/reviews"]!.post as ReturnType<typeof JSON.parse>;
    expect(post["x-required-role"]).toBe("editor");
    expect(post.requestBody.content["application/json"].schema).toEqual({
      type: "object",
      properties: {
        status: { type: "string", enum: ["confirmed", "disputed"] },
        note: { type: "string", default: "" },
      },
      // Unknown fields are dropped, not refused, so the input side allows them; the response side says none come.
      required: ["status"],
    });
    expect(Object.keys(post.responses)).toEqual(["201", "400", "401", "403", "404", "409"]);
    expect(post.responses["201"].content["application/json"].schema).toEqual({
      type: "object",
      properties: { id: { type: "integer", minimum: -9007199254740991, maximum: 9007199254740991 } },
      required: ["id"],
      additionalProperties: false,
    });
    expect(post.responses["409"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Error" });
  });

  it("lists path and query parameters with their schemas, required where they must be sent", () => {
    const get = doc.paths["/api/groups/{key}/reviews"]!.get as ReturnType<typeof JSON.parse>;
    expect(get.parameters).toEqual([
      { name: "key", in: "path", required: true, schema: { type: "string" } },
      {
        name: "take",
        in: "query",
        required: false,
        schema: { type: "integer", default: 5, minimum: -9007199254740991, maximum: 5 },
        description: "At most this many",
      },
      { name: "status", in: "query", required: false, schema: { type: "string" } },
    ]);
    expect(get.requestBody).toBeUndefined();
  });

  it("offers a form beside the JSON body where a route takes one, and its description", () => {
    const upload: RouteSpec = {
      method: "POST",
      path: "/api/uploads",
      summary: "Upload",
      description: "Queued; read the job's status.",
      role: "editor",
      body: z.object({ text: z.string() }),
      form: z.object({ files: z.array(z.file()) }),
      response: z.object({ status: z.string() }),
      status: 202,
      location: "status",
    };
    const post = openApiDocument([upload], { title: "t", version: "1" }).paths["/api/uploads"]!.post as ReturnType<
      typeof JSON.parse
    >;
    expect(post.description).toBe("Queued; read the job's status.");
    expect(Object.keys(post.requestBody.content)).toEqual(["application/json", "multipart/form-data"]);
    expect(post.requestBody.content["multipart/form-data"].schema.properties.files.items).toMatchObject({
      type: "string",
      format: "binary",
    });
    expect(Object.keys(post.responses)).toEqual(["202", "400", "401", "403"]);
  });

  it("refuses a path value without a schema and a route declared twice", () => {
    expect(() => openApiDocument([{ ...list, params: undefined }], { title: "t", version: "1" })).toThrow(
      "GET /api/groups/{key}/reviews: no params schema for key",
    );
    expect(() => openApiDocument([list, list], { title: "t", version: "1" })).toThrow("declared twice");
  });
});
