import { readFeed, type FeedEntry } from "./feed";
import { FetchRefusal } from "./fetch-page";
import { clientOf, takeRate } from "./rate-limit";

/** A feed as the import page lists it: its entries, or why it could not be read (naming the address). */
export type FeedListing = { entries: FeedEntry[]; refused: string | null };

/**
 * Read a feed for the editor to pick from. Listing fetches a page from the server, so it counts against the import
 * rate like an import does; a refusal is shown, never thrown, so the rest of the import page still works.
 */
export async function feedForPicking(url: string, headers: Headers): Promise<FeedListing> {
  const wait = await takeRate("import", clientOf(headers));
  if (wait > 0) return { entries: [], refused: `too many requests; wait ${wait} s and list the feed again` };
  try {
    return { entries: await readFeed(url), refused: null };
  } catch (e) {
    if (e instanceof FetchRefusal) return { entries: [], refused: e.message };
    throw e;
  }
}
