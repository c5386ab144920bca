import { z } from "zod";

const origin = z
  .url({
    protocol: /^https?$/,
    error: "CROSSCHECK_PUBLIC_ORIGIN must be an http(s) URL such as https://desk.example.org",
  })
  .transform((u) => new URL(u).origin)
  .optional();

/**
 * A redirect to `path` (which starts with "/"): on the configured public origin (CROSSCHECK_PUBLIC_ORIGIN) when one
 * is set, else as a relative Location the browser resolves against the address it used. Never built from the
 * request's Host, which a proxy in front of the app may have rewritten.
 */
export function redirectTo(path: string, status = 303): Response {
  if (!path.startsWith("/") || path.startsWith("//")) throw new Error(`redirect target must be a local path: ${path}`);
  const base = publicOrigin();
  return new Response(null, { status, headers: { Location: base ? `${base}${path}` : path } });
}

/** CROSSCHECK_PUBLIC_ORIGIN as an origin, or null when unset; an address that is no http(s) URL is refused by name. */
export function publicOrigin(): string | null {
  return origin.parse(process.env.CROSSCHECK_PUBLIC_ORIGIN || undefined) ?? null;
}
