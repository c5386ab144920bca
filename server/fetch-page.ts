import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { MAX_ARTICLE_BYTES } from "../lib/ingest/index";
import { decodePage } from "../lib/ingest/charset";
import { isPrivateAddress } from "./private-address";

export const FETCH_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 5;
export const USER_AGENT = "Crosscheck/0.1 (newsroom source comparison; fetches one page per request)";
/** Content types an article page may come as; a feed reader asks for FEED_TYPES instead. */
export const ARTICLE_TYPES = ["text/html", "text/plain", "application/xhtml+xml"];
export const FEED_TYPES = ["application/rss+xml", "application/atom+xml", "application/xml", "text/xml"];

/** A page Crosscheck would not fetch or could not read; the message names the URL and the reason. */
export class FetchRefusal extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
    this.name = "FetchRefusal";
  }
}

export type FetchOptions = { allowPrivate: boolean; timeoutMs: number; maxBytes: number; accept?: string[] };

export type FetchedPage = { requested: string; url: string; contentType: string; body: string };

export const defaultFetchOptions = (): FetchOptions => ({
  allowPrivate: process.env.CROSSCHECK_FETCH_ALLOW_PRIVATE === "1",
  timeoutMs: FETCH_TIMEOUT_MS,
  maxBytes: MAX_ARTICLE_BYTES,
});

/** Fetch one article page: http(s) only, public addresses only, bounded in time, size and redirects. */
export async function fetchPage(requested: string, options = defaultFetchOptions()): Promise<FetchedPage> {
  let url = parseUrl(requested, requested);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const answer = await getOnce(url, options);
    if (answer.location === null) return { requested, url: url.href, ...answer.page };
    url = parseUrl(answer.location, requested, url);
  }
  throw new FetchRefusal(requested, `more than ${MAX_REDIRECTS} redirects`);
}

function parseUrl(text: string, requested: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new FetchRefusal(requested, `not a valid URL: ${JSON.stringify(text)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchRefusal(requested, `only http and https are fetched, not ${url.protocol.replace(":", "")}`);
  return url;
}

type Answer = { location: string; page?: undefined } | { location: null; page: Omit<FetchedPage, "requested" | "url"> };

function getOnce(url: URL, options: FetchOptions): Promise<Answer> {
  const refuse = (reason: string) => new FetchRefusal(url.href, reason);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // Node connects to an IP literal without a lookup, so literals are checked here and names in lookup() below.
  if (net.isIP(host) && !options.allowPrivate && isPrivateAddress(host))
    return Promise.reject(refuse(`${host} is a private, loopback or link-local address`));
  const lookup: net.LookupFunction = (hostname, lookupOptions, callback) =>
    dns.lookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(refuse(`the host ${hostname} was not found`), "", 4);
      const blocked = addresses.find((a) => !options.allowPrivate && isPrivateAddress(a.address));
      if (blocked) return callback(refuse(`${hostname} resolves to the private address ${blocked.address}`), "", 4);
      if (lookupOptions.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const accepted = options.accept ?? ARTICLE_TYPES;
    const headers = { "user-agent": USER_AGENT, accept: accepted.join(", ") };
    const request = client.get(url, { lookup, headers });
    const deadline = setTimeout(
      () => request.destroy(refuse(`no complete answer within ${options.timeoutMs / 1000} s`)),
      options.timeoutMs,
    );
    const fail = (error: Error) => {
      clearTimeout(deadline);
      reject(error instanceof FetchRefusal ? error : refuse(`the connection failed (${error.message})`));
    };
    request.on("error", fail);
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        clearTimeout(deadline);
        return resolve({ location: response.headers.location });
      }
      const contentType = (response.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
      if (status !== 200) return request.destroy(refuse(`the server answered ${status}`));
      if (!accepted.includes(contentType)) {
        const wanted = accepted === ARTICLE_TYPES ? "an article page" : `one of ${accepted.join(", ")}`;
        return request.destroy(refuse(`not ${wanted}: the server sent ${contentType || "no content type"}`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) request.destroy(refuse(`the page is over the ${options.maxBytes}-byte limit`));
        else chunks.push(chunk);
      });
      response.on("error", fail);
      response.on("end", () => {
        clearTimeout(deadline);
        const body = decodePage(Buffer.concat(chunks), response.headers["content-type"] ?? "");
        resolve({ location: null, page: { contentType, body } });
      });
    });
  });
}
