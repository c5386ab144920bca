import { vi } from "vitest";
import type { Actor, Role } from "@/server/actor";
import { postRequest } from "./requests";

/** An admin who is no one in particular, to create the users a test needs. */
export const TEST_ADMIN: Actor = { userId: "test-admin", name: "test admin", role: "admin" };

/** Sign-in required, as on a server started without CROSSCHECK_LOCAL (the integration setup turns local mode on). */
export function requireSignIn(): void {
  vi.stubEnv("CROSSCHECK_LOCAL", "");
}

/** A user of `role` with an API token, and the header that sends it. */
export async function userWithToken(name: string, role: Role) {
  const { addUser } = await import("@/server/auth/users");
  const { createToken } = await import("@/server/auth/tokens");
  const made = await addUser({ name, role }, TEST_ADMIN);
  const { token } = await createToken(name, TEST_ADMIN);
  return { ...made, token, headers: { authorization: `Bearer ${token}` } };
}

/** Sign in through the route the /sign-in form posts to; the session cookie comes back as a Cookie header value. */
export async function signInCookie(username: string, password: string): Promise<string> {
  const { POST } = await import("@/app/api/session/route");
  const form = new FormData();
  form.set("username", username);
  form.set("password", password);
  const response = await POST(postRequest("/api/session", form));
  if (response.status !== 303) throw new Error(`sign-in answered ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
