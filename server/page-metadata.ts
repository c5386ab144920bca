import { z } from "zod";

/** What a page states about itself, from its meta tags and its JSON-LD NewsArticle, before Readability runs. */
export type PageMetadata = {
  outlet: string | null;
  title: string | null;
  authors: string[];
  publishedTime: string | null;
  modifiedTime: string | null;
  canonical: string | null;
};

type QueryableDocument = { querySelector(s: string): Element | null; querySelectorAll(s: string): Iterable<Element> };

/** schema.org types a news page describes its article with. */
const ARTICLE_TYPES = new Set(["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting"]);

const named = z.union([z.string(), z.object({ name: z.string() }).passthrough()]);
const nameOf = (value: z.infer<typeof named>) => (typeof value === "string" ? value : value.name).trim();

const ldArticle = z
  .object({
    "@type": z.union([z.string(), z.array(z.string())]),
    headline: z.string().optional().catch(undefined),
    datePublished: z.string().optional().catch(undefined),
    dateModified: z.string().optional().catch(undefined),
    author: z
      .union([named, z.array(named)])
      .optional()
      .catch(undefined),
    publisher: named.optional().catch(undefined),
  })
  .passthrough();
type LdArticle = z.infer<typeof ldArticle>;

/** The page's metadata: meta tags first (what editors see in link previews), JSON-LD where they are silent. */
export function pageMetadata(document: QueryableDocument): PageMetadata {
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content")?.trim() || null;
  const ld = jsonLdArticle(document);
  const metaAuthors = [...document.querySelectorAll('meta[name="author"], meta[property="article:author"]')]
    .map((m) => m.getAttribute("content")?.trim() ?? "")
    .filter((a) => a && !/^https?:/.test(a));
  const ldAuthors = ld?.author === undefined ? [] : [ld.author].flat().map(nameOf);
  return {
    outlet: meta('meta[property="og:site_name"]') ?? (ld?.publisher ? nameOf(ld.publisher) : null),
    title: meta('meta[property="og:title"]') ?? ld?.headline ?? null,
    authors: [...new Set(metaAuthors.length ? metaAuthors : ldAuthors)].filter(Boolean),
    publishedTime: meta('meta[property="article:published_time"]') ?? ld?.datePublished ?? null,
    modifiedTime: meta('meta[property="article:modified_time"]') ?? ld?.dateModified ?? null,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null,
  };
}

/** The first article object in the page's JSON-LD blocks, inside arrays and @graph too; a broken block is skipped. */
function jsonLdArticle(document: QueryableDocument): LdArticle | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let value: unknown;
    try {
      value = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const found = candidates(value).find(isArticle);
    if (found) return found;
  }
  return null;
}

function candidates(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(candidates);
  if (value && typeof value === "object" && "@graph" in value) return candidates(value["@graph"]);
  return [value];
}

function isArticle(value: unknown): value is LdArticle {
  const parsed = ldArticle.safeParse(value);
  return parsed.success && [parsed.data["@type"]].flat().some((t) => ARTICLE_TYPES.has(t));
}
