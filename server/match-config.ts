// The matcher's one config, loaded here and handed to lib/: lib/ reads no files, environment or console.
import fs from "node:fs";
import path from "node:path";
import { configureMatch, type MatchConfig, type VectorTable } from "../lib/match/vectors";

/** Where scripts/build-vectors.ts writes the table; CROSSCHECK_VECTORS points elsewhere. */
export function vectorDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CROSSCHECK_VECTORS ?? "generated/vectors");
}

/** How many of wink-embeddings' most frequent words the table keeps. */
export const VECTOR_WORDS = 150_000;

/** Reads the int8 table; throws naming the file when one is missing or unreadable. */
export function readVectorTable(dir: string): VectorTable {
  const words = fs.readFileSync(path.join(dir, "vocab.txt"), "utf8").split("\n");
  const codes = new Int8Array(fs.readFileSync(path.join(dir, "vectors.bin")).buffer.slice(0));
  const scaleBytes = fs.readFileSync(path.join(dir, "scales.bin"));
  const scales = new Float32Array(
    scaleBytes.buffer.slice(scaleBytes.byteOffset, scaleBytes.byteOffset + scaleBytes.byteLength),
  );
  return { index: new Map(words.map((w, i) => [w, i])), codes, scales };
}

/** The config from disk; without the table, matching goes on on words and facets alone, and says so once. */
export function loadMatchConfig(dir = vectorDir()): MatchConfig {
  try {
    return { vectors: readVectorTable(dir) };
  } catch {
    console.error(
      `crosscheck: no word vectors in ${dir}; run "npx tsx scripts/build-vectors.ts" (npm install does). ` +
        "Matching continues on words and facets alone.",
    );
    return { vectors: null };
  }
}

let configured = false;

/** Load and hand in the config once per process; every entry point that runs the matcher calls this first. */
export function configureMatcherOnce(): void {
  if (configured) return;
  configureMatch(loadMatchConfig());
  configured = true;
}
