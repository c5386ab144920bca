import { errorResponse, toHttp } from "./errors";
import { redirectTo } from "./public-url";
import { parseClaimKey, parseGroupKey } from "./params";
import { contentType } from "./body";

/** The page a group or claim form came from, named by the key in its `back` field, or null for anything else. */
export function backPath(back: unknown): string | null {
  if (typeof back !== "string") return null;
  const group = parseGroupKey(back);
  if (group) return `/groups/${group}`;
  const claim = parseClaimKey(back);
  return claim ? `/claims/${claim}` : null;
}

/**
 * A refused form post: back to the page it came from (`back`) with only the error's code, which that page words, so
 * a crafted link cannot make a page say anything. Callers that asked for JSON (`back` null) and cross-site posts,
 * whose page is not ours to serve, get the JSON body `{error, code}`.
 */
export function formFailure(error: unknown, back: string | null, hash = ""): Response {
  const { status, body, headers } = toHttp(error);
  if (back === null || body.code === "cross_site") return Response.json(body, { status, headers });
  try {
    return redirectTo(`${back}?error=${encodeURIComponent(body.code)}${hash}`);
  } catch (unusable) {
    // A public origin that is no URL refuses every redirect, this one too: the answer is the 500 it causes.
    return errorResponse(unusable);
  }
}

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

/** Whether a page's form sent this (a form body, not asking for JSON): only then is a refusal a page to go back to. */
export function isFormPost(request: Request): boolean {
  return FORM_TYPES.has(contentType(request)) && !(request.headers.get("accept") ?? "").includes("application/json");
}
