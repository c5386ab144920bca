import type { NextRequest } from "next/server";
import type { Role } from "@/server/actor";
import { postRequest } from "./requests";

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/**
 * Every route that changes something, with the least role it needs and a request a caller might send. A new write
 * route must be added here: tests/integration/auth-routes.test.ts fails on any app/api route exporting POST, PUT,
 * PATCH or DELETE that is missing, and checks that each one refuses a caller below its role (403) and nobody (401).
 */
export const WRITE_ROUTES: {
  file: string;
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  needs: Role;
  params?: Record<string, string>;
  request: (headers: Record<string, string>) => NextRequest;
  load: () => Promise<Record<string, unknown>>;
}[] = [
  {
    file: "app/api/groups/[key]/reviews/route.ts",
    method: "POST",
    needs: "editor",
    params: { key: "0".repeat(20) },
    request: (h) =>
      postRequest(`/api/groups/${"0".repeat(20)}/reviews`, JSON.stringify({ status: "confirmed" }), {
        ...h,
        "content-type": "application/json",
      }),
    load: () => import("@/app/api/groups/[key]/reviews/route"),
  },
  {
    file: "app/api/reviews/route.ts",
    method: "POST",
    needs: "editor",
    request: (h) =>
      postRequest("/api/reviews", JSON.stringify({ groupKey: "any", status: "confirmed" }), {
        ...h,
        "content-type": "application/json",
      }),
    load: () => import("@/app/api/reviews/route"),
  },
  {
    file: "app/api/import/route.ts",
    method: "POST",
    needs: "editor",
    request: (h) => {
      const form = new FormData();
      form.set("text", "An article. It says something.");
      return postRequest("/api/import", form, { ...h, accept: "application/json" });
    },
    load: () => import("@/app/api/import/route"),
  },
  {
    file: "app/api/admin/users/route.ts",
    method: "POST",
    needs: "admin",
    request: (h) =>
      postRequest("/api/admin/users", JSON.stringify({ name: "someone", role: "admin" }), {
        ...h,
        "content-type": "application/json",
      }),
    load: () => import("@/app/api/admin/users/route"),
  },
  {
    file: "app/api/story-actions/route.ts",
    method: "POST",
    needs: "editor",
    request: (h) => {
      const form = new FormData();
      form.set("action", "create");
      form.set("title", "A story");
      return postRequest("/api/story-actions", form, { ...h, accept: "application/json" });
    },
    load: () => import("@/app/api/story-actions/route"),
  },
  {
    file: "app/api/decisions/[action]/route.ts",
    method: "POST",
    needs: "editor",
    params: { action: "flag" },
    request: (h) =>
      postRequest("/api/decisions/flag", JSON.stringify({ claimKey: "a:1:2", otherClaimKey: "b:1:2", kind: "quote" }), {
        ...h,
        "content-type": "application/json",
      }),
    load: () => import("@/app/api/decisions/[action]/route"),
  },
];

/** Writes anyone may send: signing in and out are how a caller gets, and gives up, a session. */
export const PUBLIC_WRITES = ["app/api/session/route.ts POST", "app/api/session/end/route.ts POST"];

/** Call one listed route's handler. */
export async function callRoute(route: (typeof WRITE_ROUTES)[number], headers: Record<string, string>) {
  const handler = (await route.load())[route.method] as Handler;
  return handler(route.request(headers), { params: Promise.resolve(route.params ?? {}) });
}
