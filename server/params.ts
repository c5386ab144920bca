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
