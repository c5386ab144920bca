import { z } from "zod";
import { NotFoundError } from "./errors";

const id = z.coerce.number().int().positive().max(2_147_483_647);

/** A route's numeric id, or a not-found: "/groups/abc" names nothing. */
export function parseId(value: string, what: string): number {
  const parsed = id.safeParse(value);
  if (!parsed.success) throw new NotFoundError(`${what} ${JSON.stringify(value)}`);
  return parsed.data;
}

/** A group key as lib/judge makes it (20 hex digits), or null: anything else names no group. */
export function parseGroupKey(value: string): string | null {
  return /^[0-9a-f]{20}$/.test(value) ? value : null;
}

/** A claim key: the first 16 hex digits of its article's content hash, then its start and end offsets. */
export const CLAIM_KEY = /^[0-9a-f]{16}:\d+:\d+$/;

/** A claim key from a path segment (its colons may come percent-encoded), or null: anything else names no claim. */
export function parseClaimKey(value: string): string | null {
  const decoded = value.replace(/%3a/gi, ":");
  return CLAIM_KEY.test(decoded) ? decoded : null;
}
