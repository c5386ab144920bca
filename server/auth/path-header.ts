/** The header the proxy (proxy.ts) puts a page's path and query in, so sign-in can send the reader back there. */
export const PATH_HEADER = "x-crosscheck-path";

/** Where to go after signing in: a local path only, so a crafted link cannot send anyone to another site. */
export function safeNext(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}
