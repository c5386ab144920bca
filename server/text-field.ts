import { z } from "zod";

/**
 * A string an editor typed or a client sent, to be stored: a NUL character is no text, and PostgreSQL refuses to
 * store one (a 500 instead of a clear 422 naming the field).
 */
export const textField = () => z.string().refine((v) => !v.includes("\0"), "holds a NUL character, which is not text");
