import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { username } from "better-auth/plugins/username";
import { db, type Db } from "../db";
import { databaseUrl, providerOf } from "../database-url";
import { authSettings } from "./config";

/** How long a session lasts without use, and how often using it pushes that out. */
export const SESSION_DAYS = 14;
const DAY_SECONDS = 24 * 60 * 60;
const SECRET_KEY = "auth-secret";

/**
 * The store as better-auth sees it: each use goes to the current client, so a reconnect (tests point the store at a
 * fresh database) never leaves it holding a closed one.
 */
const liveDb = new Proxy({} as Db, {
  get(_target, key) {
    const client = db();
    const value: unknown = Reflect.get(client, key);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

function build(secret: string, origin: string | null) {
  return betterAuth({
    secret,
    ...(origin ? { baseURL: origin, trustedOrigins: [origin] } : {}),
    basePath: "/api/auth",
    database: prismaAdapter(liveDb, { provider: providerOf(databaseUrl()) === "postgres" ? "postgresql" : "sqlite" }),
    // Accounts are made by an admin (CLI or /admin/users), never by signing up.
    emailAndPassword: { enabled: true, disableSignUp: true },
    user: { additionalFields: { role: { type: "string", required: false, defaultValue: "viewer", input: false } } },
    session: { expiresIn: SESSION_DAYS * DAY_SECONDS, updateAge: DAY_SECONDS },
    plugins: [username()],
    telemetry: { enabled: false },
    // Its warnings (a wrong password, no base URL) are routine here; errors still show.
    logger: { level: "error" },
  });
}

export type Auth = ReturnType<typeof build>;

const globalForAuth = globalThis as unknown as { crosscheckAuth?: Promise<Auth> };

/**
 * The configured secret, or the one this store was given on its first run: every process sharing the store signs
 * cookies alike, and a restart keeps everyone signed in.
 */
async function storedSecret(): Promise<string> {
  const fresh = randomBytes(32).toString("base64url");
  const row = await db().setting.upsert({
    where: { key: SECRET_KEY },
    create: { key: SECRET_KEY, value: fresh },
    update: {},
  });
  return row.value;
}

/** The one better-auth instance of this process, made on first use (it needs the store's secret). */
export function getAuth(): Promise<Auth> {
  globalForAuth.crosscheckAuth ??= (async () => {
    const settings = authSettings();
    return build(settings.secret ?? (await storedSecret()), settings.origin);
  })().catch((error: unknown) => {
    globalForAuth.crosscheckAuth = undefined;
    throw error;
  });
  return globalForAuth.crosscheckAuth;
}
