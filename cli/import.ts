export async function runImport(paths: string[]): Promise<void> {
  const { importPaths } = await import("../server/import");
  const result = await importPaths(paths);
  for (const f of result.failures) console.error(`failed ${f.file}: ${f.reason}`);
  console.log(
    `imported ${result.added} new article(s), ${result.unchanged} already stored; ${result.claims} claims in ${result.groups} groups`,
  );
  if (result.added === 0 && result.failures.length > 0) process.exitCode = 1;
}
