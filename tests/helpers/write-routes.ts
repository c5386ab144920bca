import type { NextRequest } from "next/server";
import type { Role } from "@/server/actor";
import { postRequest } from "./requests";

const GROUP = "0".repeat(20);
const CLAIM = `${"0".repeat(16)}:1:2`;
const OTHER_CLAIM = `${"1".repeat(16)}:1:2`;

/** A JSON POST to `route` with the caller's headers. */
const jsonPost = (route: string, body: unknown) => (h: Record<string, string>) =>
  postRequest(route, JSON.stringify(body), { ...h, "content-type": "application/json" });

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
    params: { key: GROUP },
    request: jsonPost(`/api/groups/${GROUP}/reviews`, { status: "confirmed" }),
    load: () => import("@/app/api/groups/[key]/reviews/route"),
  },
  {
    file: "app/api/reviews/route.ts",
    method: "POST",
    needs: "editor",
    request: jsonPost("/api/reviews", { groupKey: "any", status: "confirmed" }),
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
    request: jsonPost("/api/admin/users", { name: "someone", role: "admin" }),
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
    request: jsonPost("/api/decisions/flag", { claimKey: "a:1:2", otherClaimKey: "b:1:2", kind: "quote" }),
    load: () => import("@/app/api/decisions/[action]/route"),
  },
  {
    file: "app/api/stories/route.ts",
    method: "POST",
    needs: "editor",
    request: jsonPost("/api/stories", { title: "A story" }),
    load: () => import("@/app/api/stories/route"),
  },
  {
    file: "app/api/stories/[id]/articles/route.ts",
    method: "POST",
    needs: "editor",
    params: { id: "s1" },
    request: jsonPost("/api/stories/s1/articles", { text: "An article. It says something." }),
    load: () => import("@/app/api/stories/[id]/articles/route"),
  },
  {
    file: "app/api/claims/[key]/reviews/route.ts",
    method: "POST",
    needs: "editor",
    params: { key: CLAIM },
    request: jsonPost(`/api/claims/${CLAIM}/reviews`, { status: "confirmed" }),
    load: () => import("@/app/api/claims/[key]/reviews/route"),
  },
  {
    file: "app/api/claims/[key]/move/route.ts",
    method: "POST",
    needs: "editor",
    params: { key: CLAIM },
    request: jsonPost(`/api/claims/${CLAIM}/move`, { groupKey: GROUP }),
    load: () => import("@/app/api/claims/[key]/move/route"),
  },
  {
    file: "app/api/claims/[key]/flags/route.ts",
    method: "POST",
    needs: "editor",
    params: { key: CLAIM },
    request: jsonPost(`/api/claims/${CLAIM}/flags`, { otherClaimKey: OTHER_CLAIM, kind: "quote", note: "" }),
    load: () => import("@/app/api/claims/[key]/flags/route"),
  },
  {
    file: "app/api/groups/[key]/split/route.ts",
    method: "POST",
    needs: "editor",
    params: { key: GROUP },
    request: jsonPost(`/api/groups/${GROUP}/split`, { claimKeys: [CLAIM] }),
    load: () => import("@/app/api/groups/[key]/split/route"),
  },
  {
    file: "app/api/groups/merge/route.ts",
    method: "POST",
    needs: "editor",
    request: jsonPost("/api/groups/merge", { keys: [GROUP, "1".repeat(20)] }),
    load: () => import("@/app/api/groups/merge/route"),
  },
];

/** Writes anyone may send: signing in and out are how a caller gets, and gives up, a session. */
export const PUBLIC_WRITES = ["app/api/session/route.ts POST", "app/api/session/end/route.ts POST"];

/** Call one listed route's handler. */
export async function callRoute(route: (typeof WRITE_ROUTES)[number], headers: Record<string, string>) {
  const handler = (await route.load())[route.method] as Handler;
  return handler(route.request(headers), { params: Promise.resolve(route.params ?? {}) });
}
