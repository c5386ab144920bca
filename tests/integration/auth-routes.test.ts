import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { requireSignIn, userWithToken } from "../helpers/accounts";
import { callRoute, PUBLIC_WRITES, WRITE_ROUTES } from "../helpers/write-routes";
import { ROLES, type Role } from "@/server/actor";

const WRITE_METHODS = /export\s+(?:(?:async\s+)?function|const)\s+(POST|PUT|PATCH|DELETE)\b/g;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return e.name === "route.ts" ? [full] : [];
  });
}

const tokens = new Map<Role, Record<string, string>>();

beforeAll(async () => {
  await freshStore();
  for (const role of ROLES) tokens.set(role, (await userWithToken(`a_${role}`, role)).headers);
});
afterEach(() => vi.unstubAllEnvs());
afterAll(removeStores);

describe("every write route checks the role", () => {
  it("lists every app/api route that writes, so none is left unchecked", () => {
    const found = routeFiles("app/api").flatMap((file) =>
      [...fs.readFileSync(file, "utf8").matchAll(WRITE_METHODS)].map((m) => `${file} ${m[1]}`),
    );
    const listed = [...WRITE_ROUTES.map((r) => `${r.file} ${r.method}`), ...PUBLIC_WRITES];
    expect(found.filter((f) => !listed.includes(f))).toEqual([]);
    expect(listed.filter((l) => !found.includes(l))).toEqual([]);
  });

  for (const route of WRITE_ROUTES)
    it(`${route.method} ${route.file}: 401 for nobody, 403 below ${route.needs}, nothing written`, async () => {
      requireSignIn();
      const nobody = await callRoute(route, {});
      expect(nobody.status).toBe(401);
      expect(await nobody.json()).toMatchObject({ code: "unauthorized" });
      for (const role of ROLES.slice(0, ROLES.indexOf(route.needs))) {
        const response = await callRoute(route, tokens.get(role)!);
        expect(response.status, `${role} on ${route.file}`).toBe(403);
        expect(await response.json()).toMatchObject({ code: "forbidden" });
      }
      const { db } = await import("@/server/db");
      expect(await db().auditEntry.count({ where: { action: { notIn: ["user", "token"] } } })).toBe(0);
      expect(await db().importJob.count()).toBe(0);
    });
});

describe("reads need at least a viewer", () => {
  it("GET routes answer 401 without a session or token, and serve a viewer's token", async () => {
    requireSignIn();
    const exportRoute = await import("@/app/api/stories/[id]/export/route");
    const jobRoute = await import("@/app/api/import/jobs/[id]/route");
    const { NextRequest } = await import("next/server");
    const get = (url: string, headers: Record<string, string> = {}) =>
      new NextRequest(`http://crosscheck.test${url}`, { headers });
    const exportOf = (h?: Record<string, string>) =>
      exportRoute.GET(get("/api/stories/s1/export?format=json", h), { params: Promise.resolve({ id: "s1" }) });
    const jobOf = (h?: Record<string, string>) =>
      jobRoute.GET(get("/api/import/jobs/1", h), { params: Promise.resolve({ id: "1" }) });
    expect((await exportOf()).status).toBe(401);
    expect((await jobOf()).status).toBe(401);
    // Past the sign-in check: the store is empty, so each names what it did not find.
    expect((await exportOf(tokens.get("viewer"))).status).toBe(404);
    expect((await jobOf(tokens.get("viewer"))).status).toBe(404);
  });
});
