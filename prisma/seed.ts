// Import the seed story so a fresh clone serves it at once, and give a store with no users its first admin. Safe to
// re-run: stored articles are skipped by hash, and the admin is made (and its password shown) only the first time.
import { importPaths } from "../server/import";
import { disconnect } from "../server/db";
import { ensureFirstAdmin, SETUP_ACTOR } from "../server/auth/first-admin";

const result = await importPaths(["seeds"], { actor: SETUP_ACTOR });
console.log(
  `seed: ${result.added} new, ${result.unchanged} already stored; ${result.claims} claims in ${result.groups} groups`,
);
for (const f of result.failures) console.error(`seed: failed ${f.file}: ${f.reason}`);
const admin = await ensureFirstAdmin();
if (admin) {
  console.log(`seed: created the first admin. Sign in at /sign-in as "${admin.name}" with this password,`);
  console.log("seed: shown only this once (add users with npm run cli -- users add <name> --role <role>):");
  console.log(admin.password);
}
await disconnect();
