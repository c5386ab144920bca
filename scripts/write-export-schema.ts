import fs from "node:fs";
import { format, resolveConfig } from "prettier";
import { storyExportJsonSchema } from "../server/export-schema";

// schemas/story-export.schema.json is generated from the zod schema; tests/integration/exports.test.ts fails when the
// committed file and the zod schema part. Written as Prettier would, so `prettier --check` stays clean.
const file = "schemas/story-export.schema.json";
const options = { ...(await resolveConfig(file)), parser: "json" };
fs.writeFileSync(file, await format(JSON.stringify(storyExportJsonSchema()), options));
console.log(`wrote ${file}`);
