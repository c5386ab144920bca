import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { requireSignIn, signInCookie, TEST_ADMIN, userWithToken } from "../helpers/accounts";
import { formData as form, postRequest } from "../helpers/requests";

const { addUser } = await import("@/server/auth/users");
const { currentActor, requireActor } = await import("@/server/auth/current-actor");
const { auditEntries } = await import("@/server/audit");
const { db } = await import("@/server/db");
const session = await import("@/app/api/session/route");
const sessionEnd = await import("@/app/api/session/end/route");

beforeEach(async () => {
  await freshStore();
  requireSignIn();
});
afterEach(() => vi.unstubAllEnvs());
afterAll(removeStores);

describe("signing in with a username and password", () => {
  it("starts a session the cookie carries, with the user's role, and signing out ends it", async () => {
    const { password } = await addUser({ name: "Dana.Editor", role: "editor" }, TEST_ADMIN);
    const cookie = await signInCookie("dana.editor", password);
    const actor = await currentActor(new Headers({ cookie }));
    expect(actor).toMatchObject({ name: "dana.editor", role: "editor" });
    expect(actor?.userId).toEqual(expect.any(String));
    expect(await db().session.count()).toBe(1);

    const out = await sessionEnd.POST(postRequest("/api/session/end", form({}), { cookie }));
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toBe("/sign-in?signedOut=1");
    expect(await db().session.count()).toBe(0);
    expect(await currentActor(new Headers({ cookie }))).toBeNull();
  });

  it("goes back to the page the reader came from, and never to another site", async () => {
    const { password } = await addUser({ name: "vic", role: "viewer" }, TEST_ADMIN);
    const back = await session.POST(
      postRequest("/api/session", form({ username: "vic", password, next: "/groups/abc?x=1" })),
    );
    expect(back.headers.get("location")).toBe("/groups/abc?x=1");
    const away = await session.POST(
      postRequest("/api/session", form({ username: "vic", password, next: "//evil.example/" })),
    );
    expect(away.headers.get("location")).toBe("/");
  });

  it("refuses a wrong password or an unknown user alike, and sets no cookie", async () => {
    await addUser({ name: "dana", role: "editor" }, TEST_ADMIN);
    for (const username of ["dana", "nobody"]) {
      const response = await session.POST(
        postRequest("/api/session", form({ username, password: "not-the-password", next: "/import" })),
      );
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("/sign-in?error=unauthorized&next=%2Fimport");
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    const json = await session.POST(
      postRequest("/api/session", JSON.stringify({ username: "dana", password: "x" }), {
        "content-type": "application/json",
      }),
    );
    expect(json.status).toBe(401);
    expect(await json.json()).toEqual({ error: "that user name and password do not match", code: "unauthorized" });
  });
});

describe("API tokens", () => {
  it("act with their user's role as it is now, and are stored only as a hash", async () => {
    const { token, headers, user } = await userWithToken("scripted", "viewer");
    expect(token).toMatch(/^cc_[A-Za-z0-9_-]{43}$/);
    expect(await currentActor(new Headers(headers))).toEqual({ userId: user.id, name: "scripted", role: "viewer" });
    await expect(requireActor(new Headers(headers), "editor")).rejects.toMatchObject({ status: 403 });

    const { setRole } = await import("@/server/auth/users");
    await setRole({ name: "scripted", role: "editor" }, TEST_ADMIN);
    expect((await requireActor(new Headers(headers), "editor")).role).toBe("editor");

    const stored = await db().apiToken.findFirstOrThrow();
    expect(stored.hash).not.toContain(token.slice(3));
    expect(stored.prefix).toBe(token.slice(0, 8));
    const audit = JSON.stringify(await auditEntries({}));
    expect(audit).not.toContain(token);
    expect((await auditEntries({})).map((e) => [e.action, e.target, e.before, e.after])).toEqual([
      ["user", "scripted", { role: "viewer" }, { role: "editor" }],
      ["token", "scripted", null, { token: stored.id, prefix: token.slice(0, 8) }],
      ["user", "scripted", null, { role: "viewer" }],
    ]);
  });

  it("a bearer header naming no token is nobody, even with a session cookie beside it", async () => {
    const { password } = await addUser({ name: "dana", role: "editor" }, TEST_ADMIN);
    const cookie = await signInCookie("dana", password);
    for (const authorization of ["Bearer cc_unknown", "Bearer", "Basic abc"])
      expect(await currentActor(new Headers({ cookie, authorization }))).toBeNull();
  });
});

describe("without a session", () => {
  it("requireActor answers 401; local mode answers the local user, who may do anything", async () => {
    await expect(requireActor(new Headers(), "viewer")).rejects.toMatchObject({ status: 401, code: "unauthorized" });
    vi.stubEnv("CROSSCHECK_LOCAL", "1");
    expect(await requireActor(new Headers(), "admin")).toMatchObject({ userId: null, name: "local editor" });
  });
});
