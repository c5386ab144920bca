import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTES } from "@/server/api/routes";
import { callRoute } from "../helpers/api";

const { GET } = await import("@/app/api/openapi.json/route");

/** The app folder that serves an OpenAPI path: "/api/stories/{id}" is app/api/stories/[id]/route.ts. */
const folderOf = (path: string) => `app${path.replace(/\{(\w+)\}/g, "[$1]")}`;

describe("GET /api/openapi.json", () => {
  it("lists every declared route, and each is served by the route file at its path", async () => {
    const { status, body } = await callRoute(() => Promise.resolve(GET()), "/api/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    const listed = Object.entries(body.paths as Record<string, object>).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(listed.sort()).toEqual(API_ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    for (const route of API_ROUTES) {
      const served = (await import(/* @vite-ignore */ path.resolve(folderOf(route.path), "route.ts"))) as Record<
        string,
        unknown
      >;
      expect(typeof served[route.method], `${route.method} ${route.path}`).toBe("function");
    }
  });

  it("has every route file under app/api that answers JSON through serve() in the document", () => {
    const served = fs
      .readdirSync("app/api", { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith("route.ts") && fs.readFileSync(`app/api/${f}`, "utf8").includes("serve("))
      .map((f) => `app/api/${f.replace(/\/?route\.ts$/, "")}`.replace(/\/$/, ""));
    expect(served.sort()).toEqual([...new Set(API_ROUTES.map((r) => folderOf(r.path)))].sort());
  });

  it("describes the group filters and the review body from their zod schemas", async () => {
    const { body } = await callRoute(() => Promise.resolve(GET()), "/api/openapi.json");
    const list = body.paths["/api/stories/{id}/groups"].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual([
      "id",
      "verdict",
      "kind",
      "severity",
      "outlet",
      "status",
      "reviewer",
      "from",
      "to",
      "q",
      "page",
      "pageSize",
    ]);
    const review = body.paths["/api/groups/{key}/reviews"].post;
    expect(review.requestBody.content["application/json"].schema.properties.status.enum).toEqual([
      "unreviewed",
      "confirmed",
      "disputed",
      "needs-follow-up",
      "dismissed",
    ]);
    expect(Object.keys(review.responses)).toEqual(["201", "400", "401", "403", "404", "409", "413", "422"]);
  });

  it("lists the issue's routes, and takes articles as JSON or a form, answering 202 with where the job is", async () => {
    const { body } = await callRoute(() => Promise.resolve(GET()), "/api/openapi.json");
    const operations = Object.entries(body.paths as Record<string, object>).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        "GET /api/stories",
        "POST /api/stories",
        "GET /api/stories/{id}",
        "POST /api/stories/{id}/articles",
        "GET /api/stories/{id}/groups",
        "POST /api/groups/{key}/reviews",
        "POST /api/claims/{key}/reviews",
        "POST /api/groups/{key}/split",
        "POST /api/groups/merge",
        "POST /api/claims/{key}/move",
        "POST /api/claims/{key}/flags",
        "GET /api/stories/{id}/audit",
      ]),
    );
    const articles = body.paths["/api/stories/{id}/articles"].post;
    expect(Object.keys(articles.requestBody.content)).toEqual(["application/json", "multipart/form-data"]);
    expect(
      articles.requestBody.content["application/json"].schema.anyOf.map((o: { required: string[] }) => o.required),
    ).toEqual([["text"], ["urls"]]);
    expect(articles.requestBody.content["multipart/form-data"].schema.properties.files.items).toMatchObject({
      type: "string",
      format: "binary",
    });
    expect(articles.description).toMatch(/202 with the job's status URL/);
    expect(Object.keys(articles.responses)).toEqual(["202", "400", "401", "403", "404", "413", "422"]);
    const flag = body.paths["/api/claims/{key}/flags"].post;
    expect(Object.keys(flag.requestBody.content["application/json"].schema.properties)).toEqual([
      "otherClaimKey",
      "kind",
      "note",
    ]);
  });
});
