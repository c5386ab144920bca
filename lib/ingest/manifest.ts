import { z } from "zod";
import type { ManifestEntry } from "./types";
import { isoDay, webUrl } from "./fields";

const entry = z
  .object({
    file: z.string().min(1),
    outlet: z.string().min(1).nullish(),
    // A timestamp is cut to its day before the day is checked.
    publishedAt: z
      .string()
      .transform((value) => value.slice(0, 10))
      .pipe(isoDay)
      .nullish(),
    modifiedAt: z
      .string()
      .transform((value) => value.slice(0, 10))
      .pipe(isoDay)
      .nullish(),
    authors: z.array(z.string().min(1)).optional(),
    url: webUrl.nullish(),
    title: z.string().nullish(),
    cites: z.array(z.string()).optional(),
    republishedFrom: z.string().nullish(),
  })
  .passthrough();

const manifest = z.object({ articles: z.array(entry) }).passthrough();

/** The manifest's entries by file name; an unreadable manifest is an error naming what is wrong. */
export function parseManifest(text: string): Map<string, ManifestEntry> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`manifest.json is not valid JSON (${(e as Error).message})`);
  }
  const parsed = manifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`manifest.json does not fit the format: ${issue?.path.join(".") || "root"}: ${issue?.message}`);
  }
  return new Map(parsed.data.articles.map((a) => [a.file, { ...a, publishedAt: a.publishedAt ?? null }]));
}
