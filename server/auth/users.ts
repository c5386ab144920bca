import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import { hashPassword } from "better-auth/crypto";
import { db } from "../db";
import { ROLES, requireRole, type Actor, type Role } from "../actor";
import { recordAudit } from "../audit";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors";

/** better-auth's username rule (3 to 30 letters, digits, _ or .), stored lower-case as it compares them. */
export const usernameSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.]{3,30}$/, "a user name is 3 to 30 letters, digits, _ or .")
  .transform((name) => name.toLowerCase());
export const roleSchema = z.enum(ROLES, { error: `a role is one of ${ROLES.join(", ")}` });

/** Generated passwords: 18 random bytes, 24 characters, shown once and never stored. */
const PASSWORD_BYTES = 18;
/** better-auth requires an email; this reserved domain (RFC 2606) can never receive one. */
const PLACEHOLDER_DOMAIN = "users.invalid";

export type UserView = { id: string; name: string; role: Role; createdAt: Date; tokens: number };

/** A user and a role, as the CLI, the admin page and the JSON route send them. */
const userRole = z.object({
  name: usernameSchema,
  role: roleSchema,
});

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  const issue = result.error?.issues[0];
  if (issue) throw new InvalidInputError(`${issue.path.join(".") || what}: ${issue.message}`);
  return result.data as T;
}

/** Create a user with a generated password; the password is returned once and only its hash is kept. */
export async function addUser(input: unknown, actor: Actor): Promise<{ user: UserView; password: string }> {
  requireRole(actor, "admin");
  const { name, role } = parse(userRole, input, "user");
  const password = randomBytes(PASSWORD_BYTES).toString("base64url");
  const hash = await hashPassword(password);
  const id = randomUUID();
  const user = await db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username: name } })) throw new ConflictError(`user ${name} already exists`);
    const made = await tx.user.create({
      data: { id, name, username: name, displayUsername: name, email: `${name}@${PLACEHOLDER_DOMAIN}`, role },
    });
    await tx.account.create({
      data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash },
    });
    await recordAudit(tx, actor, { action: "user", target: name, after: { role } });
    return made;
  });
  return { user: { id: user.id, name, role, createdAt: user.createdAt, tokens: 0 }, password };
}

/** Change a user's role; an admin may not lower their own, so a desk always keeps someone who manages users. */
export async function setRole(input: unknown, actor: Actor): Promise<UserView> {
  requireRole(actor, "admin");
  const { name, role } = parse(userRole, input, "user");
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { username: name },
      include: { _count: { select: { apiTokens: true } } },
    });
    if (!user) throw new NotFoundError(`user ${name}`);
    if (user.id === actor.userId && role !== "admin")
      throw new ConflictError("you may not take away your own admin role");
    if (user.role !== role) {
      await tx.user.update({ where: { id: user.id }, data: { role } });
      await recordAudit(tx, actor, { action: "user", target: name, before: { role: user.role }, after: { role } });
    }
    return { id: user.id, name, role, createdAt: user.createdAt, tokens: user._count.apiTokens };
  });
}

export async function listUsers(): Promise<UserView[]> {
  const users = await db().user.findMany({
    orderBy: { username: "asc" },
    include: { _count: { select: { apiTokens: true } } },
  });
  return users.map((u) => ({
    id: u.id,
    name: u.username ?? u.name,
    role: parse(roleSchema, u.role, `stored role of ${u.id}`),
    createdAt: u.createdAt,
    tokens: u._count.apiTokens,
  }));
}
