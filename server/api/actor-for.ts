import { LOCAL_ACTOR, requireRole, type Actor, type Role } from "../actor";

/**
 * The actor a route acts as, once its role is checked: the one place the JSON API asks who is calling. Until
 * server/auth/current-actor.ts lands this is the local single user, so every route's role check is already in place
 * and the swap to `requireActor(headers, role)` happens here alone.
 */
export async function actorFor(_headers: Headers, role: Role): Promise<Actor> {
  return requireRole(LOCAL_ACTOR, role);
}
