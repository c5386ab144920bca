import type { FeedListing } from "@/server/feed-listing";
import type { StorySummary } from "@/server/stories";
import { StorySelect } from "./story-select";

type Props = {
  feed: string | undefined;
  listing: FeedListing | null;
  stories: StorySummary[];
  chosen: string | undefined;
};

/**
 * A feed's entries to tick, posted as addresses to import: the editor picks which articles come in. Without a feed
 * address it is the small form that asks for one. The picks go into a story as the import form's do; a story the page
 * was opened for stays chosen across listing the feed.
 */
export function FeedPicker({ feed, listing, stories, chosen }: Props) {
  return (
    <section aria-labelledby="feed-heading">
      <h2 id="feed-heading">From a feed</h2>
      <form method="get" action="/import" className="review">
        <label>
          RSS or Atom feed address <input name="feed" type="url" defaultValue={feed ?? ""} required />
        </label>
        {chosen && <input type="hidden" name="story" value={chosen} />}
        <button type="submit">List its articles</button>
      </form>
      {listing?.refused && (
        <p role="alert" className="disc">
          The feed could not be read: {listing.refused}
        </p>
      )}
      {listing && listing.entries.length === 0 && !listing.refused && (
        <p className="disc note">The feed lists no articles with a web address.</p>
      )}
      {listing && listing.entries.length > 0 && (
        <form method="post" action="/api/import" encType="multipart/form-data" className="feed-entries">
          <fieldset>
            <legend>Pick the articles to import (up to 50)</legend>
            {listing.entries.map((e) => (
              <label key={e.number} className="feed-entry">
                <input type="checkbox" name="pick" value={e.url} /> {e.title ?? "(no title)"}{" "}
                <span className="muted">
                  {e.publishedAt ?? "undated"} · {e.url}
                </span>
              </label>
            ))}
          </fieldset>
          <StorySelect stories={stories} chosen={chosen} />
          <button type="submit">Import the picked articles</button>
        </form>
      )}
    </section>
  );
}
