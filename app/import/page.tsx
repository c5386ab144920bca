import Link from "next/link";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { importErrorMessage } from "@/server/import-messages";
import { headers } from "next/headers";
import { feedForPicking } from "@/server/feed-listing";
import { FeedPicker } from "./feed-picker";
import { StorySelect } from "./story-select";
import { listStories } from "@/server/stories";

export const metadata = { title: "Import articles" };

export default async function ImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await connection();
  await pageActor("editor");
  const q = await searchParams;
  const listing = q.feed ? await feedForPicking(q.feed, await headers()) : null;
  const stories = await listStories();
  return (
    <>
      <p>
        <Link href="/">← Overview</Link>
      </p>
      <h1>Import articles</h1>
      <p>An import runs in the background: you are taken to its page, which shows what was added and refused.</p>
      {typeof q.error === "string" && (
        <p role="alert" className="disc">
          Nothing was imported: {importErrorMessage(q.error)}
        </p>
      )}
      <form className="review" method="post" action="/api/import" encType="multipart/form-data">
        <StorySelect stories={stories} chosen={q.story} />
        <label>
          Article files (.txt, .md, .html; up to 2 MiB each; a manifest.json beside them){" "}
          <input type="file" name="files" multiple accept=".txt,.md,.markdown,.html,.htm,.json" />
        </label>
        <label>
          Or article addresses, one per line (fetched in the background; up to 50){" "}
          <textarea name="urls" rows={4} placeholder="https://…" />
        </label>
        <label>
          Or paste an article <textarea name="text" rows={10} />
        </label>
        <label>
          Outlet (for pasted text) <input name="outlet" maxLength={200} />
        </label>
        <label>
          Published (YYYY-MM-DD) <input name="publishedAt" pattern="\d{4}-\d{2}-\d{2}" placeholder="2024-05-31" />
        </label>
        <label>
          URL <input name="url" type="url" />
        </label>
        <button type="submit">Import and re-analyse</button>
      </form>
      <FeedPicker feed={q.feed} listing={listing} stories={stories} chosen={q.story} />
    </>
  );
}
