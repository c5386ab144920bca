import type { Actor, Role } from "../actor";
import { requireActor } from "../auth/current-actor";

/**
 * The actor a route acts as, once its role is checked: the one place the JSON API asks who is calling (a bearer
 * token, a session, or the local single user in local mode; 401 for nobody, 403 for a role below `role`).
 */
export function actorFor(headers: Headers, role: Role): Promise<Actor> {
  return requireActor(headers, role);
}
