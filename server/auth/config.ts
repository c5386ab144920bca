import { z } from "zod";
import { publicOrigin } from "../public-url";

/** What the server is told about sign-in, read from the environment here and nowhere else. */
export type AuthSettings = {
  /** CROSSCHECK_LOCAL=1: one local user, no sign-in; every write is attributed to LOCAL_ACTOR. */
  local: boolean;
  /** CROSSCHECK_AUTH_SECRET: signs session cookies; without it the server makes one and keeps it in the store. */
  secret: string | null;
  /** CROSSCHECK_PUBLIC_ORIGIN: the address browsers use, when a proxy in front hides it from the request. */
  origin: string | null;
};

const FLAG_VALUES = ["1", "true", "yes"];
/** better-auth refuses shorter secrets in production. */
export const MIN_SECRET_CHARS = 32;

const secret = z
  .string()
  .min(MIN_SECRET_CHARS, `CROSSCHECK_AUTH_SECRET must be at least ${MIN_SECRET_CHARS} characters`)
  .nullable();

/** Local mode alone, read on every request: it is all most requests need to know. */
export const localMode = (): boolean => FLAG_VALUES.includes((process.env.CROSSCHECK_LOCAL ?? "").trim().toLowerCase());

export function authSettings(): AuthSettings {
  return {
    local: localMode(),
    secret: secret.parse(process.env.CROSSCHECK_AUTH_SECRET || null),
    origin: publicOrigin(),
  };
}
