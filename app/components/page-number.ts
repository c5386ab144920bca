import { z } from "zod";

const pageSchema = z.coerce.number().int().min(1).max(100_000);

/** A list's page from the address: a positive whole number, else the first page (a mistyped page is no error). */
export function pageNumber(value: string | string[] | undefined): number {
  const parsed = pageSchema.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : 1;
}
