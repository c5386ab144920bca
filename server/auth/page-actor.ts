import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireRole, type Actor, type Role } from "../actor";
import { currentActor } from "./current-actor";
import { PATH_HEADER, safeNext } from "./path-header";

/**
 * Who this request acts as, looked up once per request: the layout's "signed in as", `generateMetadata` and the
 * page each ask, and a session lookup is a query. React's `cache` lasts one server render, so nothing is shared
 * between requests.
 */
export const requestActor = cache(async (): Promise<Actor | null> => currentActor(await headers()));

/**
 * For pages: the actor, or a redirect to /sign-in (and back here afterwards) when nobody is signed in; a role below
 * `needed` throws ForbiddenError, which the error page shows without detail.
 */
export async function pageActor(needed: Role = "viewer"): Promise<Actor> {
  const actor = await requestActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(safeNext((await headers()).get(PATH_HEADER)))}`);
  return requireRole(actor, needed);
}
