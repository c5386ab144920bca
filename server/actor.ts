import { ForbiddenError } from "./errors";

/** Roles from least to most: each may do what the ones before it may. */
export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who a request acts as: a signed-in user, the user an API token belongs to, or the local single user when no
 * sign-in is required. Every write is attributed to one, so the audit log always says who.
 */
export type Actor = { userId: string | null; name: string; role: Role };

/** The local single user: no sign-in, every right, and still named in the audit log. */
export const LOCAL_ACTOR: Actor = { userId: null, name: "local editor", role: "admin" };

export const allows = (actor: Actor, needed: Role): boolean => ROLES.indexOf(actor.role) >= ROLES.indexOf(needed);

/** The actor, if its role reaches `needed`; a ForbiddenError (403) naming both roles otherwise. */
export function requireRole(actor: Actor, needed: Role): Actor {
  if (!allows(actor, needed)) throw new ForbiddenError(`this needs the ${needed} role; ${actor.name} is ${actor.role}`);
  return actor;
}
