import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireRole, type Actor, type Role } from "../actor";
import { currentActor } from "./current-actor";
import { PATH_HEADER, safeNext } from "./path-header";

/**
 * For pages: the actor, or a redirect to /sign-in (and back here afterwards) when nobody is signed in; a role below
 * `needed` throws ForbiddenError, which the error page shows without detail.
 */
export async function pageActor(needed: Role = "viewer"): Promise<Actor> {
  const list = await headers();
  const actor = await currentActor(list);
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(safeNext(list.get(PATH_HEADER)))}`);
  return requireRole(actor, needed);
}
