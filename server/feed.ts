import { parseFeed } from "htmlparser2";
import { defaultFetchOptions, FEED_TYPES, fetchPage, FetchRefusal, type FetchOptions } from "./fetch-page";

/** One entry of a feed, as the editor picks from it: its article's address, title and date where stated. */
export type FeedEntry = { number: number; url: string; title: string | null; publishedAt: string | null };

/** Fetch an RSS or Atom feed (the same safe fetcher as articles) and list its entries that link to a web page. */
export async function readFeed(url: string, options: FetchOptions = defaultFetchOptions()): Promise<FeedEntry[]> {
  const page = await fetchPage(url, { ...options, accept: FEED_TYPES });
  const feed = parseFeed(page.body, { xmlMode: true });
  if (!feed) throw new FetchRefusal(url, "not an RSS or Atom feed");
  const entries: FeedEntry[] = [];
  for (const item of feed.items) {
    const link = webAddress(item.link, page.url);
    if (!link) continue;
    const date = item.pubDate && !Number.isNaN(item.pubDate.getTime()) ? item.pubDate.toISOString().slice(0, 10) : null;
    entries.push({ number: entries.length + 1, url: link, title: item.title?.trim() || null, publishedAt: date });
  }
  return entries;
}

function webAddress(link: string | undefined, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The entries an editor picked by number ("1,3-5"), or every entry for "all". A number the feed does not have is
 * an error naming it, so a mistyped pick imports nothing rather than the wrong articles.
 */
export function pickEntries(entries: FeedEntry[], pick: string): FeedEntry[] {
  if (pick.trim() === "all") return entries;
  const numbers = new Set<number>();
  for (const part of pick.split(",").map((p) => p.trim())) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!range) throw new Error(`--pick: "${part}" is not an entry number or a range like 2-4`);
    const [from, to] = [Number(range[1]), Number(range[2] ?? range[1])];
    if (from < 1 || to > entries.length || to < from)
      throw new Error(`--pick: the feed has entries 1 to ${entries.length}, not ${part}`);
    for (let n = from; n <= to; n++) numbers.add(n);
  }
  return entries.filter((e) => numbers.has(e.number));
}
