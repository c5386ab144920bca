import { db } from "../db";
import { ConflictError } from "../errors";
import { addUser } from "./users";
import type { Actor } from "../actor";

/** The name of the admin a fresh store is given. */
export const FIRST_ADMIN = "admin";
/** The setup step (npm start's db:setup) as the audit log names it. */
export const SETUP_ACTOR: Actor = { userId: null, name: "first-run setup", role: "admin" };

/**
 * On a store with no users, create the first admin and return its password (to be shown once); null otherwise.
 * Two servers setting up one store at once make one admin: the second meets the first's name and makes none.
 */
export async function ensureFirstAdmin(): Promise<{ name: string; password: string } | null> {
  if ((await db().user.count()) > 0) return null;
  try {
    const { user, password } = await addUser({ name: FIRST_ADMIN, role: "admin" }, SETUP_ACTOR);
    return { name: user.name, password };
  } catch (error) {
    if (error instanceof ConflictError) return null;
    throw error;
  }
}
