import { NextResponse, type NextRequest } from "next/server";
import { COMMON_HEADERS, MAX_QUERY_CHARS, pagePolicy } from "./server/security-headers";
import { crossSiteReason } from "./server/request-guard";
import { PATH_HEADER } from "./server/auth/path-header";

/**
 * Every page request: a fresh CSP nonce (Next reads it from the request's policy header and puts it on its own
 * scripts), the security headers, and refusals for over-long queries and cross-site writes. API routes are left to
 * their own guard (server/request-guard.ts): running this proxy on them would make Next buffer their bodies.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.search.length > MAX_QUERY_CHARS)
    return refuse(414, `the address's query is over ${MAX_QUERY_CHARS} characters`);
  if (crossSiteReason(request.method, request.headers, request.url))
    return refuse(403, "requests from other sites may not change anything here");
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = pagePolicy(nonce, process.env.NODE_ENV !== "production");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  // Pages that need a sign-in send the reader to /sign-in and back to this address.
  headers.set(PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(COMMON_HEADERS)) response.headers.set(name, value);
  return response;
}

function refuse(status: number, message: string): NextResponse {
  const response = new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  for (const [name, value] of Object.entries(COMMON_HEADERS)) response.headers.set(name, value);
  response.headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
