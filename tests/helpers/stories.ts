import { loadPaths } from "@/lib/ingest/load";
import type { SourceDocument } from "@/lib/ingest/types";

/** Synthetic stories written for the tests (tests/fixtures/stories/NAME), each with a manifest of outlets and dates. */
export const STORY_DIR = "tests/fixtures/stories";

export function storyDocuments(name: string): SourceDocument[] {
  const loaded = loadPaths([`${STORY_DIR}/${name}`]);
  if (loaded.failures.length) throw new Error(`fixture ${name} did not load: ${JSON.stringify(loaded.failures)}`);
  return loaded.documents;
}

/** A plain-text article built in the test itself, with the manifest fields the pipeline reads. */
export function textDocument(file: string, outlet: string, publishedAt: string, lines: string[]): SourceDocument {
  return { file, raw: `${lines.join("\n\n")}\n`, manifest: { file, outlet, publishedAt } };
}
