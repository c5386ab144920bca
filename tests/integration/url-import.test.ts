import fs from "node:fs";
import http from "node:http";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { localServer } from "../helpers/local-server";

// A local HTTP server inside the suite serves fixture pages; nothing here reaches outside the machine.
const { importUrls } = await import("@/server/url-import");
const { fetchPage, FetchRefusal, USER_AGENT } = await import("@/server/fetch-page");
const { db } = await import("@/server/db");
const { readArticleMeta } = await import("@/server/stored-json");
const { pickEntries, readFeed } = await import("@/server/feed");
const { READABILITY_MAX_DEPTH, withinReadabilityBounds } = await import("@/server/page-bounds");
const { trustedCanonical } = await import("@/server/canonical-url");

const PAGES = "tests/fixtures/pages";
const article = fs.readFileSync(`${PAGES}/article.html`, "utf8");
const linkedData = fs.readFileSync(`${PAGES}/article-jsonld.html`, "utf8");
// Hostile and odd variants of the article page: markup nested past any real page, canonical URLs not to trust.
const nested = (depth: number) =>
  article
    .replace("<article>", `${"<div>".repeat(depth)}<article>`)
    .replace("</article>", `</article>${"</div>".repeat(depth)}`);
const accented = article.replace(
  "Tram line opens in Westbury",
  "Tram line opens in Westbury, says Jos\u00e9 N\u00fa\u00f1ez",
);
const canonical = (href: string) => article.replace('href="/news/tram-line-opens"', `href="${href}"`);
const html = (body: string) => (res: http.ServerResponse) =>
  res.writeHead(200, { "content-type": "text/html" }).end(body);
const agents: string[] = [];
const routes: Record<string, (res: http.ServerResponse) => void> = {
  "/news/article": (res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(article),
  "/news/linked-data": (res) => res.writeHead(200, { "content-type": "text/html" }).end(linkedData),
  "/feed.rss": (res) =>
    res.writeHead(200, { "content-type": "application/rss+xml" }).end(fs.readFileSync(`${PAGES}/feed.rss`)),
  "/feed.atom": (res) =>
    res.writeHead(200, { "content-type": "application/atom+xml" }).end(fs.readFileSync(`${PAGES}/feed.atom`)),
  "/moved": (res) => res.writeHead(301, { location: "/news/article" }).end(),
  "/loop": (res) => res.writeHead(302, { location: "/loop" }).end(),
  "/huge": (res) => res.writeHead(200, { "content-type": "text/html" }).end(`<p>${"word ".repeat(600_000)}</p>`),
  "/slow": (res) => setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end(article), 3_000),
  "/sign-in": (res) =>
    res.writeHead(200, { "content-type": "text/html" }).end(fs.readFileSync(`${PAGES}/no-article.html`)),
  "/photo.png": (res) => res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([137, 80, 78, 71])),
  "/deep": html(nested(20_000)),
  "/nested": html(nested(READABILITY_MAX_DEPTH + 50)),
  "/canonical/script": html(canonical("javascript:alert(1)")),
  "/canonical/data": html(canonical("data:text/html,hi")),
  "/canonical/elsewhere": html(canonical("https://other.example.com/news/tram-line-opens")),
  // The article in Latin-1 bytes, as older sites still serve it, saying so in the header or only in a meta tag.
  "/latin1": (res) =>
    res.writeHead(200, { "content-type": "text/html; charset=iso-8859-1" }).end(Buffer.from(accented, "latin1")),
  "/latin1-meta": (res) =>
    res
      .writeHead(200, { "content-type": "text/html" })
      .end(Buffer.from(accented.replace("<head>", '<head><meta charset="iso-8859-1">'), "latin1")),
  "/nul": html(article.replace("Tram line opens", "Tram line\0 opens")),
  "/gone": (res) => res.writeHead(404, { "content-type": "text/html" }).end("<p>not here</p>"),
};
const server = localServer((req, res) => {
  agents.push(req.headers["user-agent"] ?? "");
  (routes[req.url ?? ""] ?? routes["/gone"]!)(res);
});
let base: string;
const local = { allowPrivate: true, timeoutMs: 1_000, maxBytes: 2 * 1024 * 1024 };

beforeAll(async () => {
  base = await server.listen();
  await freshStore();
});
afterAll(async () => {
  await server.close();
  await removeStores();
});

describe("importing articles by URL", () => {
  it("stores the raw HTML as received with the outlet, headline, date and canonical URL the page states", async () => {
    const result = await importUrls([`${base}/news/article`, `${base}/moved`], local);
    // The redirect leads to the same page: one article, the second already stored.
    expect([result.added, result.unchanged, result.failures]).toEqual([1, 1, []]);
    const stored = await db().article.findFirstOrThrow({ include: { outlet: true, claims: true } });
    expect(stored.raw).toBe(article);
    expect([stored.outlet?.name, stored.publishedAt, stored.url, stored.title]).toEqual([
      "Valley Courier",
      "2025-03-14",
      `${base}/news/tram-line-opens`,
      "Tram line opens in Westbury",
    ]);
    expect(stored.claims.length).toBeGreaterThan(2);
    for (const c of stored.claims) expect(stored.raw.slice(c.start, c.end)).toBe(c.text);
    expect(agents.every((a) => a === USER_AGENT)).toBe(true);
  });

  it("reads outlet, headline, authors and both dates from JSON-LD where the page has no meta tags for them", async () => {
    const result = await importUrls([`${base}/news/linked-data`], local);
    expect(result.failures).toEqual([]);
    const stored = await db().article.findFirstOrThrow({ where: { raw: linkedData }, include: { outlet: true } });
    const { manifest } = readArticleMeta(stored.id, stored.meta);
    expect([stored.outlet?.name, stored.title, stored.publishedAt]).toEqual([
      "Harbour Herald",
      "Ferry fares to rise in spring",
      "2025-02-03",
    ]);
    expect([manifest?.authors, manifest?.modifiedAt]).toEqual([["Ines Varga", "Tomas Bell"], "2025-02-04"]);
  });

  it("refuses each bad page with the URL and the reason, and still imports the good one", async () => {
    await freshStore();
    const bad = ["/loop", "/huge", "/slow", "/sign-in", "/photo.png", "/gone"].map((p) => `${base}${p}`);
    const result = await importUrls([...bad, `${base}/news/article`, "ftp://example.org/a", "not a url"], local);
    expect(result.added).toBe(1);
    const reasons = Object.fromEntries(result.failures.map((f) => [f.file, f.reason]));
    expect(reasons).toEqual({
      [`${base}/loop`]: "more than 5 redirects",
      [`${base}/huge`]: "the page is over the 2097152-byte limit",
      [`${base}/slow`]: "no complete answer within 1 s",
      [`${base}/sign-in`]: expect.stringMatching(/^no article found on the page/),
      [`${base}/photo.png`]: "not an article page: the server sent image/png",
      [`${base}/gone`]: "the server answered 404",
      "ftp://example.org/a": "only http and https are fetched, not ftp",
      "not a url": 'not a valid URL: "not a url"',
    });
    const failed = await db().importFailure.findMany();
    expect(failed.map((f) => f.file).sort()).toEqual(Object.keys(reasons).sort());
  });
});

describe("hostile pages", () => {
  it("refuses a page nested 20,000 deep by name, without failing the batch or hanging it", async () => {
    await freshStore();
    const started = Date.now();
    const result = await importUrls([`${base}/deep`, `${base}/news/article`, `${base}/news/linked-data`], local);
    expect(result.added).toBe(2);
    expect(result.failures).toEqual([
      {
        file: `${base}/deep`,
        reason: "the page could not be read: the page's markup nests more than 1000 elements deep; no article does",
      },
    ]);
    // Readability alone took minutes on far shallower pages before it was bounded.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("refuses a page holding a NUL character by name, and stores the rest of the batch", async () => {
    await freshStore();
    const result = await importUrls([`${base}/nul`, `${base}/news/article`], local);
    expect(result.added).toBe(1);
    expect(result.failures).toEqual([{ file: `${base}/nul`, reason: "the page holds NUL characters: it is not text" }]);
  });

  it("reads a page nested past Readability's bound with the in-house text, its metadata naming it", async () => {
    const bounded = (page: string) => withinReadabilityBounds(parseHTML(page).document);
    expect([
      bounded(article),
      bounded(nested(READABILITY_MAX_DEPTH - 10)),
      bounded(nested(READABILITY_MAX_DEPTH)),
    ]).toEqual([true, true, false]);
    await freshStore();
    const result = await importUrls([`${base}/nested`], local);
    expect([result.added, result.failures]).toEqual([1, []]);
    const stored = await db().article.findFirstOrThrow({ include: { outlet: true, claims: true } });
    expect([stored.outlet?.name, stored.title, stored.url]).toEqual([
      "Valley Courier",
      "Tram line opens in Westbury",
      `${base}/news/tram-line-opens`,
    ]);
    expect(stored.claims.some((c) => c.text.includes("240 million pounds"))).toBe(true);
  });
});

describe("the canonical URL", () => {
  it("is kept only when http(s) on the fetched page's site; otherwise the fetched URL is the article's", async () => {
    await freshStore();
    const paths = ["/canonical/script", "/canonical/data", "/canonical/elsewhere"];
    const result = await importUrls(
      paths.map((p) => `${base}${p}`),
      local,
    );
    expect([result.added, result.failures]).toEqual([3, []]);
    const stored = await db().article.findMany({ orderBy: { id: "asc" }, select: { url: true, file: true } });
    expect(stored).toEqual(paths.map((p) => ({ url: `${base}${p}`, file: `${base}${p}` })));
  });

  it("trusts a canonical on the same registrable domain as the URL asked for or the one redirects ended on", () => {
    const fetched = { requested: "https://www.example.co.uk/a", url: "https://amp.example.co.uk/a?amp=1" };
    expect(trustedCanonical("https://news.example.co.uk/story", fetched)).toBe("https://news.example.co.uk/story");
    expect(trustedCanonical("/story", fetched)).toBe("https://amp.example.co.uk/story");
    const redirected = { requested: "https://short.example/x", url: "https://paper.example.org/a" };
    expect(trustedCanonical("https://www.paper.example.org/a", redirected)).toBe("https://www.paper.example.org/a");
    // Another site under the same public suffix, a lookalike, and schemes that are no web page.
    for (const stated of [
      "https://other.co.uk/story",
      "https://example.co.uk.evil.example/story",
      "javascript:alert(1)",
      "data:text/html,hi",
      "ftp://www.example.co.uk/a",
      "http://[",
    ])
      expect(trustedCanonical(stated, fetched), stated).toBe(fetched.url);
    expect(trustedCanonical(null, fetched)).toBe(fetched.url);
    // One shared host suffix, many owners: a page on one github.io site is no version of another's article.
    const shared = { requested: "https://attacker.github.io/p", url: "https://attacker.github.io/p" };
    expect(trustedCanonical("https://victim.github.io/2026/story", shared)).toBe(shared.url);
    expect(trustedCanonical("https://attacker.github.io/story", shared)).toBe("https://attacker.github.io/story");
  });
});

describe("fetching safely", () => {
  const publicOnly = { ...local, allowPrivate: false };

  it("refuses loopback, private and link-local addresses, by literal or by name, unless allowed", async () => {
    const port = new URL(base).port;
    for (const [url, reason] of [
      [`${base}/news/article`, "127.0.0.1 is a private, loopback or link-local address"],
      [`http://[::1]:${port}/news/article`, "::1 is a private, loopback or link-local address"],
      ["http://169.254.169.254/latest/meta-data", "169.254.169.254 is a private, loopback or link-local address"],
      ["http://10.1.2.3/", "10.1.2.3 is a private, loopback or link-local address"],
      [`http://localhost:${port}/news/article`, "localhost resolves to the private address"],
    ] as const) {
      const refusal = await fetchPage(url, publicOnly).catch((e: unknown) => e);
      expect(refusal, url).toBeInstanceOf(FetchRefusal);
      const { message, reason: why } = refusal as InstanceType<typeof FetchRefusal>;
      expect(message.startsWith(`${new URL(url).href}: `), message).toBe(true);
      expect(why).toContain(reason);
    }
    await expect(fetchPage(`${base}/news/article`, local)).resolves.toMatchObject({ contentType: "text/html" });
  });

  it("decodes a page in the charset its header or its meta tag states, not always as UTF-8", async () => {
    expect(accented).toContain("Jos\u00e9 N\u00fa\u00f1ez");
    for (const path of ["/latin1", "/latin1-meta"]) {
      const page = await fetchPage(`${base}${path}`, local);
      expect(page.body, path).toContain("Jos\u00e9 N\u00fa\u00f1ez");
      expect(page.body, path).not.toContain("\ufffd");
    }
  });

  it("reads CROSSCHECK_FETCH_ALLOW_PRIVATE=1 as the switch for private addresses", async () => {
    const { defaultFetchOptions } = await import("@/server/fetch-page");
    delete process.env.CROSSCHECK_FETCH_ALLOW_PRIVATE;
    expect(defaultFetchOptions().allowPrivate).toBe(false);
    process.env.CROSSCHECK_FETCH_ALLOW_PRIVATE = "1";
    try {
      expect(defaultFetchOptions().allowPrivate).toBe(true);
    } finally {
      delete process.env.CROSSCHECK_FETCH_ALLOW_PRIVATE;
    }
  });
});

describe("importing from a feed", () => {
  it("lists an RSS feed's entries that link to web pages, with titles and dates, resolved against the feed", async () => {
    expect(await readFeed(`${base}/feed.rss`, local)).toEqual([
      { number: 1, url: `${base}/news/article`, title: "Tram line opens in Westbury", publishedAt: "2025-03-14" },
      { number: 2, url: `${base}/news/linked-data`, title: "Ferry fares to rise in spring", publishedAt: "2025-02-03" },
    ]);
    expect(await readFeed(`${base}/feed.atom`, local)).toEqual([
      { number: 1, url: `${base}/news/linked-data`, title: "Ferry fares to rise in spring", publishedAt: "2025-02-04" },
    ]);
  });

  it("imports only the entries the editor picked", async () => {
    await freshStore();
    const picked = pickEntries(await readFeed(`${base}/feed.rss`, local), "2");
    const result = await importUrls(
      picked.map((e) => e.url),
      local,
    );
    expect([result.added, result.failures]).toEqual([1, []]);
    expect((await db().article.findMany({ select: { title: true } })).map((a) => a.title)).toEqual([
      "Ferry fares to rise in spring",
    ]);
  });

  it("refuses a page that is no feed, and a pick the feed does not have, by name", async () => {
    await expect(readFeed(`${base}/news/article`, local)).rejects.toThrow(/not one of application\/rss\+xml/);
    const entries = await readFeed(`${base}/feed.rss`, local);
    expect(pickEntries(entries, "all")).toHaveLength(2);
    expect(pickEntries(entries, "1-2").map((e) => e.number)).toEqual([1, 2]);
    expect(() => pickEntries(entries, "3")).toThrow("--pick: the feed has entries 1 to 2, not 3");
    expect(() => pickEntries(entries, "1-9999999")).toThrow("not 1-9999999");
    expect(() => pickEntries(entries, "first")).toThrow('"first" is not an entry number');
  });
});
