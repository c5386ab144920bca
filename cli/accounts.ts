import type { Actor } from "../server/actor";

/**
 * Who the command line acts as: whoever can run it can read and write the database file directly, so it manages
 * users as an admin would, and the audit log names it.
 */
export const CLI_ACTOR: Actor = { userId: null, name: "command line", role: "admin" };

/** `users add <name> --role <role>`: the generated password is printed once, alone on the last line. */
export async function runUsersAdd(name: string, options: { role: string }): Promise<void> {
  const { addUser } = await import("../server/auth/users");
  const { user, password } = await addUser({ name, role: options.role }, CLI_ACTOR);
  console.log(`created ${user.role} ${user.name}; the password is shown this once and cannot be recovered:`);
  console.log(password);
}

/** `users list`: one user a line, with role and number of API tokens. */
export async function runUsersList(): Promise<void> {
  const { listUsers } = await import("../server/auth/users");
  const users = await listUsers();
  if (users.length === 0) console.log("no users yet");
  for (const u of users)
    console.log(
      `${u.name}\t${u.role}\t${u.tokens} token${u.tokens === 1 ? "" : "s"}\tsince ${u.createdAt.toISOString()}`,
    );
}

/** `users role <name> <role>`: change a user's role. */
export async function runUsersRole(name: string, role: string): Promise<void> {
  const { setRole } = await import("../server/auth/users");
  const user = await setRole({ name, role }, CLI_ACTOR);
  console.log(`${user.name} is now ${user.role}`);
}

/** `tokens create <user>`: a new API token, printed once, alone on the last line. */
export async function runTokensCreate(userName: string): Promise<void> {
  const { createToken } = await import("../server/auth/tokens");
  const { token } = await createToken(userName, CLI_ACTOR);
  console.log(`API token for ${userName.toLowerCase()}; send it as "Authorization: Bearer <token>". Shown this once:`);
  console.log(token);
}
