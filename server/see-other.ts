/**
 * A 303 to a path on this site, with a relative Location: behind `next start -H` or a proxy the request's URL
 * may name another host than the browser used, and the pages' CSP (`form-action 'self'`) blocks a form whose
 * answer redirects to another origin.
 */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path } });
}
