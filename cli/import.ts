/** `import [paths...] [--url URL...]`: files first, then fetched pages; each batch re-analyses what is stored. */
export async function runImport(paths: string[], options: { url?: string[] } = {}): Promise<void> {
  const urls = options.url ?? [];
  if (paths.length === 0 && urls.length === 0) throw new Error("nothing to import: give files, folders or --url");
  const { importPaths } = await import("../server/import");
  const { importUrls } = await import("../server/url-import");
  const results = [
    ...(paths.length ? [await importPaths(paths)] : []),
    ...(urls.length ? [await importUrls(urls)] : []),
  ];
  const failures = results.flatMap((r) => r.failures);
  const added = results.reduce((n, r) => n + r.added, 0);
  const unchanged = results.reduce((n, r) => n + r.unchanged, 0);
  const last = results.at(-1)!;
  for (const f of failures) console.error(`failed ${f.file}: ${f.reason}`);
  console.log(
    `imported ${added} new article(s), ${unchanged} already stored; ${last.claims} claims in ${last.groups} groups`,
  );
  if (added === 0 && failures.length > 0) process.exitCode = 1;
}
