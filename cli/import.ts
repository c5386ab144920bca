import { importBar } from "./progress-bar";
import { CLI_ACTOR } from "./accounts";
type ImportOptions = { url?: string[]; feed?: string; pick?: string; story?: string };

/**
 * `import [paths...] [--url URL...] [--feed URL [--pick N,M|all]]`: files first, then fetched pages; each batch
 * re-analyses what is stored. A feed without --pick only lists its entries, numbered, for the editor to choose.
 */
export async function runImport(paths: string[], options: ImportOptions = {}): Promise<void> {
  if (options.pick && !options.feed) throw new Error("--pick names entries of a feed: give the feed with --feed");
  const picked = options.feed ? await feedUrls(options.feed, options.pick) : [];
  if (picked === null) return;
  const urls = [...(options.url ?? []), ...picked];
  if (paths.length === 0 && urls.length === 0) throw new Error("nothing to import: give files, folders or --url");
  const { importPaths } = await import("../server/import");
  const { importUrls } = await import("../server/url-import");
  const { defaultFetchOptions } = await import("../server/fetch-page");
  const bar = importBar();
  const progress = { onProgress: bar.onProgress, story: options.story ?? null, actor: CLI_ACTOR };
  const results: Awaited<ReturnType<typeof importPaths>>[] = [];
  try {
    if (paths.length) results.push(await importPaths(paths, progress));
    if (urls.length) results.push(await importUrls(urls, defaultFetchOptions(), progress));
  } finally {
    bar.stop();
  }
  const failures = results.flatMap((r) => r.failures);
  const added = results.reduce((n, r) => n + r.added, 0);
  const unchanged = results.reduce((n, r) => n + r.unchanged, 0);
  const last = results.at(-1)!;
  if (last.story) console.error(`into story ${last.story}`);
  for (const f of failures) console.error(`failed ${f.file}: ${f.reason}`);
  console.log(
    `imported ${added} new article(s), ${unchanged} already stored; ${last.claims} claims in ${last.groups} groups`,
  );
  if (added === 0 && failures.length > 0) process.exitCode = 1;
}

/** The picked entries' addresses, or null when there was nothing to pick yet and the entries were listed. */
async function feedUrls(feed: string, pick: string | undefined): Promise<string[] | null> {
  const { readFeed, pickEntries } = await import("../server/feed");
  const entries = await readFeed(feed);
  if (pick) return pickEntries(entries, pick).map((e) => e.url);
  for (const e of entries)
    console.log(`${e.number}\t${e.publishedAt ?? "undated"}\t${e.title ?? "(no title)"}\t${e.url}`);
  const counted = `${entries.length} ${entries.length === 1 ? "entry" : "entries"}`;
  console.log(`${counted}; import some with --feed ${feed} --pick 1,3-5 (or --pick all)`);
  return null;
}
