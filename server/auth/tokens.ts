import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";
import { requireRole, type Actor } from "../actor";
import { recordAudit } from "../audit";
import { NotFoundError } from "../errors";
import { roleSchema, usernameSchema } from "./users";

/** Every token starts so, which tells it from a session token and lets secret scanners recognise it. */
export const TOKEN_PREFIX = "cc_";
/** 32 random bytes: guessing one is hopeless, so a fast hash is safe to store (no password stretching needed). */
const TOKEN_BYTES = 32;
/** How much of a token is kept in the clear, so its owner can tell tokens apart. */
const SHOWN_CHARS = 8;

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/**
 * A new API token for `userName`. Admins make tokens for anyone; other users only for themselves. The token is
 * returned once: the store keeps its hash and first characters, and the audit log neither.
 */
export async function createToken(userName: string, actor: Actor): Promise<{ token: string; prefix: string }> {
  const name = usernameSchema.safeParse(userName);
  if (!name.success) throw new NotFoundError(`user ${userName}`);
  const user = await db().user.findUnique({ where: { username: name.data } });
  if (!user) throw new NotFoundError(`user ${name.data}`);
  if (user.id !== actor.userId) requireRole(actor, "admin");
  const token = `${TOKEN_PREFIX}${randomBytes(TOKEN_BYTES).toString("base64url")}`;
  const prefix = token.slice(0, SHOWN_CHARS);
  await db().$transaction(async (tx) => {
    const row = await tx.apiToken.create({ data: { hash: hashToken(token), prefix, userId: user.id } });
    await recordAudit(tx, actor, { action: "token", target: name.data, after: { token: row.id, prefix } });
  });
  return { token, prefix };
}

/** The actor a bearer token stands for, with its user's role now; null for a token the store does not hold. */
export async function tokenActor(token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db().apiToken.findUnique({ where: { hash: hashToken(token) }, include: { user: true } });
  if (!row) return null;
  return { userId: row.user.id, name: row.user.username ?? row.user.name, role: roleSchema.parse(row.user.role) };
}
