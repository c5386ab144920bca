import { z } from "zod";
import { getAuth } from "./auth";
import { UnauthorizedError } from "../errors";

const credentials = z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) });

/** The Set-Cookie headers of better-auth's answer, to put on our own (a redirect or JSON). */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie();
}

/**
 * Check a username and password with better-auth and start a session; the cookies to set come back. Any refusal is
 * the same UnauthorizedError, so the answer does not tell a missing user from a wrong password.
 */
export async function signIn(input: unknown, headers: Headers): Promise<{ cookies: string[] }> {
  const parsed = credentials.safeParse(input);
  const refused = new UnauthorizedError("that user name and password do not match");
  if (!parsed.success) throw refused;
  const auth = await getAuth();
  const response = await auth.api.signInUsername({ body: parsed.data, headers, asResponse: true });
  if (response.status >= 500) throw new Error(`better-auth answered ${response.status} to a sign-in`);
  if (!response.ok) throw refused;
  return { cookies: cookiesOf(response) };
}

/** End the request's session (a no-op without one); the cookies that clear it come back. */
export async function signOut(headers: Headers): Promise<{ cookies: string[] }> {
  const auth = await getAuth();
  const response = await auth.api.signOut({ headers, asResponse: true });
  return { cookies: cookiesOf(response) };
}
