import { LOCAL_ACTOR, requireRole, type Actor, type Role } from "../actor";
import { UnauthorizedError } from "../errors";
import { getAuth } from "./auth";
import { localMode } from "./config";
import { tokenActor } from "./tokens";
import { roleSchema } from "./users";

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Who the request acts as: LOCAL_ACTOR in local mode; else the user of an `Authorization: Bearer` API token, or of
 * the session cookie; null when neither names anyone. A bearer header that names no token is nobody, even with a
 * cookie beside it: a script with a revoked token should fail, not borrow a browser's session.
 */
export async function currentActor(headers: Headers): Promise<Actor | null> {
  if (localMode()) return LOCAL_ACTOR;
  const authorization = headers.get("authorization");
  if (authorization) {
    const token = BEARER.exec(authorization.trim())?.[1];
    return token ? tokenActor(token) : null;
  }
  const session = await (await getAuth()).api.getSession({ headers });
  if (!session) return null;
  const { user } = session;
  return { userId: user.id, name: user.username ?? user.name, role: roleSchema.parse(user.role) };
}

/** The actor, if signed in (401 otherwise) with a role reaching `needed` (403 otherwise). */
export async function requireActor(headers: Headers, needed: Role): Promise<Actor> {
  const actor = await currentActor(headers);
  if (!actor) throw new UnauthorizedError();
  return requireRole(actor, needed);
}
