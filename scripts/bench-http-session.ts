// bench:http's reader: pages need a signed-in user (outside local mode), so the bench makes a viewer in the bench
// store and signs in through /api/session as the sign-in form does; every request then carries the session cookie,
// and the figures are for pages served, not for redirects to /sign-in.
import type { Actor } from "../server/actor";

const BENCH_USER = "bench_reader";
/** Who makes the bench's user, as the audit log will name it. */
const BENCH_ADMIN: Actor = { userId: null, name: "bench:http", role: "admin" };

/** A fresh viewer (a user left by an earlier run is replaced: its password was shown once and is gone). */
async function benchViewer(): Promise<string> {
  const { db } = await import("../server/db");
  const { addUser } = await import("../server/auth/users");
  await db().user.deleteMany({ where: { username: BENCH_USER } });
  return (await addUser({ name: BENCH_USER, role: "viewer" }, BENCH_ADMIN)).password;
}

/** The Cookie header value of a new session for the bench's viewer on the server at `base`. */
export async function benchSessionCookie(base: string): Promise<string> {
  const password = await benchViewer();
  const response = await fetch(`${base}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: BENCH_USER, password }),
  });
  if (!response.ok) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!cookie) throw new Error("sign-in set no cookie");
  return cookie;
}

/** Refuse to measure a page that does not answer 200 to the bench's reader (a redirect to /sign-in, a 404). */
export async function checkPage(base: string, path: string, cookie: string): Promise<number> {
  const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200)
    throw new Error(`${path} answered ${response.status} ${response.headers.get("location") ?? ""}`);
  return body.length;
}
