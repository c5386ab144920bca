import { getDomain } from "tldts";

/**
 * The page's stated canonical URL when it can be trusted, else the URL the page was fetched from. A canonical is
 * trusted only when it is http(s) and on the same registrable domain (public suffix list) as the URL asked for or the
 * one redirects ended on: a syndicated copy or a hostile page naming another site would otherwise make itself the
 * next version of that site's article, and a javascript: or data: URL would reach exports as a link.
 */
export function trustedCanonical(stated: string | null, fetched: { requested: string; url: string }): string {
  const canonical = absoluteHttp(stated, fetched.url);
  if (!canonical) return fetched.url;
  const site = registrable(canonical);
  const ours = [fetched.requested, fetched.url].flatMap((u) => absoluteHttp(u, fetched.url) ?? []).map(registrable);
  return ours.includes(site) ? canonical.href : fetched.url;
}

function absoluteHttp(href: string | null, base: string): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/**
 * The registrable domain ("example.co.uk" for "news.example.co.uk"); an IP address or a bare host is itself. The
 * list's private part counts: "a.github.io" and "b.github.io" belong to two different owners.
 */
const registrable = (url: URL) => getDomain(url.hostname, { allowPrivateDomains: true }) ?? url.hostname;
