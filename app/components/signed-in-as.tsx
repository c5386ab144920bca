import Link from "next/link";
import { requestActor } from "@/server/auth/page-actor";
import { localMode } from "@/server/auth/config";

/** The header's note of who is signed in, with a way out; in local mode, that there is no sign-in. */
export async function SignedInAs() {
  if (localMode()) return <span className="account muted">local mode</span>;
  const actor = await requestActor();
  if (!actor)
    return (
      <span className="account">
        <Link href="/sign-in">Sign in</Link>
      </span>
    );
  return (
    <form className="account" method="post" action="/api/session/end">
      <span>
        Signed in as <strong>{actor.name}</strong> ({actor.role})
      </span>
      {actor.role === "admin" && <Link href="/admin/users">Users</Link>}
      <button type="submit">Sign out</button>
    </form>
  );
}
