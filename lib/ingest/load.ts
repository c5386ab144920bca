import fs from "node:fs";
import path from "node:path";
import type { IngestFailure, ManifestEntry, SourceDocument } from "./types";
import { decodeArticle, MAX_ARTICLE_BYTES } from "./decode";
import { IngestError } from "./errors";
import { parseManifest } from "./manifest";

export const ARTICLE_EXTENSIONS = /\.(txt|md|markdown|html?)$/i;

export type Loaded = { documents: SourceDocument[]; failures: IngestFailure[] };

/** Read files and folders of articles (with an optional manifest.json per folder); a bad file fails alone. */
export function loadPaths(paths: string[]): Loaded {
  const loaded: Loaded = { documents: [], failures: [] };
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      loaded.failures.push({ file: given, reason: "no such file or folder" });
      continue;
    }
    if (stat.isDirectory()) loadFolder(given, loaded);
    else if (!ARTICLE_EXTENSIONS.test(given))
      loaded.failures.push({
        file: given,
        reason: "not an article: give .txt, .md or .html files, or a folder (a manifest.json is read from its folder)",
      });
    else loadFile(given, undefined, loaded);
  }
  return loaded;
}

function loadFolder(dir: string, loaded: Loaded): void {
  let manifest = new Map<string, ManifestEntry>();
  const manifestPath = path.join(dir, "manifest.json");
  if (fs.existsSync(manifestPath)) {
    try {
      manifest = parseManifest(fs.readFileSync(manifestPath, "utf8"));
    } catch (e) {
      loaded.failures.push({
        file: manifestPath,
        reason: `${(e as Error).message}; its articles are imported without metadata`,
      });
    }
  }
  const names = fs
    .readdirSync(dir)
    .filter((n) => ARTICLE_EXTENSIONS.test(n))
    .sort();
  if (names.length === 0) loaded.failures.push({ file: dir, reason: "the folder has no .txt, .md or .html articles" });
  for (const name of names) loadFile(path.join(dir, name), manifest.get(name), loaded);
}

function loadFile(file: string, manifest: ManifestEntry | undefined, loaded: Loaded): void {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_ARTICLE_BYTES)
      throw new IngestError(
        file,
        `the file is ${size} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit for one article`,
      );
    const raw = decodeArticle(file, fs.readFileSync(file));
    loaded.documents.push({ file, raw, ...(manifest ? { manifest } : {}) });
  } catch (e) {
    const reason =
      e instanceof IngestError
        ? e.reason
        : `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
    loaded.failures.push({ file, reason });
  }
}
