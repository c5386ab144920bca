import { CrossSiteError, RateLimitError } from "./errors";
import { clientOf, takeRate, type RateBucket } from "./rate-limit";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Why a request may not change anything, or null. Browsers send Sec-Fetch-Site and Origin on every form post and
 * fetch; a request with neither comes from a command-line client, which no other site can drive.
 */
export function crossSiteReason(method: string, headers: Headers, url: string): string | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return `Sec-Fetch-Site is ${site}`;
  const origin = headers.get("origin");
  if (origin === null) return null;
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? new URL(url).host;
  let from: string;
  try {
    from = new URL(origin).host;
  } catch {
    return `Origin ${origin === "null" ? "is null" : "is not an address"}`;
  }
  return from === host ? null : "Origin is another site";
}

/** Every state-changing route calls this first: cross-site requests and floods are refused before any work. */
export async function guardWrite(request: Request, bucket: RateBucket): Promise<void> {
  if (crossSiteReason(request.method, request.headers, request.url)) throw new CrossSiteError();
  const wait = await takeRate(bucket, clientOf(request.headers));
  if (wait > 0) throw new RateLimitError(wait);
}
