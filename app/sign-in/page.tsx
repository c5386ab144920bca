import { headers } from "next/headers";
import { connection } from "next/server";
import { currentActor } from "@/server/auth/current-actor";
import { localMode } from "@/server/auth/config";
import { safeNext } from "@/server/auth/path-header";
import { signInErrorMessage } from "@/server/auth/sign-in-messages";

export const metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await connection();
  const q = await searchParams;
  const next = safeNext(q.next);
  if (localMode())
    return (
      <>
        <h1>Sign in</h1>
        <p>This server runs in local mode: there is no sign-in, and every change is made as the local editor.</p>
      </>
    );
  const actor = await currentActor(await headers());
  return (
    <>
      <h1>Sign in</h1>
      {q.signedOut === "1" && <p className="saved">You are signed out.</p>}
      {actor && (
        <p>
          You are signed in as {actor.name} ({actor.role}). Signing in again replaces that session.
        </p>
      )}
      {typeof q.error === "string" && (
        <p role="alert" className="disc">
          {signInErrorMessage(q.error)}
        </p>
      )}
      <form className="review" method="post" action="/api/session">
        <input type="hidden" name="next" value={next} />
        <label>
          User name <input name="username" autoComplete="username" required maxLength={100} />
        </label>
        <label>
          Password <input name="password" type="password" autoComplete="current-password" required maxLength={200} />
        </label>
        <button type="submit">Sign in</button>
      </form>
      <p className="muted">Accounts are made by an admin: npm run cli -- users add &lt;name&gt; --role &lt;role&gt;.</p>
    </>
  );
}
