// Import the seed story so a fresh clone serves it at once. Safe to re-run: stored articles are skipped by hash.
import { importPaths } from "../server/import";
import { disconnect } from "../server/db";

const result = await importPaths(["seeds"]);
console.log(
  `seed: ${result.added} new, ${result.unchanged} already stored; ${result.claims} claims in ${result.groups} groups`,
);
for (const f of result.failures) console.error(`seed: failed ${f.file}: ${f.reason}`);
await disconnect();
