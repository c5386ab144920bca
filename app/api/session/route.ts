import { NextResponse, type NextRequest } from "next/server";
import { errorResponse, toHttp } from "@/server/errors";
import { contentType, LIMITS, readForm, readJson } from "@/server/body";
import { guardWrite } from "@/server/request-guard";
import { redirectTo } from "@/server/public-url";
import { signIn } from "@/server/auth/sessions";
import { safeNext } from "@/server/auth/path-header";

function withCookies(response: Response, cookies: string[]): Response {
  for (const cookie of cookies) response.headers.append("Set-Cookie", cookie);
  return response;
}

/** Sign in from the /sign-in form (then back to where the reader was going) or with JSON {username, password}. */
export async function POST(request: NextRequest) {
  if (contentType(request) === "application/json") {
    try {
      await guardWrite(request, "signIn");
      const { cookies } = await signIn(await readJson(request, LIMITS.accountBytes), request.headers);
      return withCookies(NextResponse.json({ signedIn: true }), cookies);
    } catch (error) {
      return errorResponse(error);
    }
  }
  let next = "/";
  try {
    await guardWrite(request, "signIn");
    const form = Object.fromEntries(await readForm(request, LIMITS.accountBytes));
    next = safeNext(typeof form.next === "string" ? form.next : null);
    const { cookies } = await signIn(form, request.headers);
    return withCookies(redirectTo(next), cookies);
  } catch (error) {
    const { status, body, headers } = toHttp(error);
    if (body.code === "cross_site") return NextResponse.json(body, { status, headers });
    // Only the code travels in the URL; the page words it.
    return redirectTo(`/sign-in?error=${encodeURIComponent(body.code)}&next=${encodeURIComponent(next)}`);
  }
}
