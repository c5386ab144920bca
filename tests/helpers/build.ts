import type { Article } from "@/lib/ingest/types";
import type { Claim, Entity, EntityType, Facets, Source } from "@/lib/extract/types";
import { bareClaim, emptyFacets } from "@/lib/extract/bare-claim";

/** Hand-built claims and articles for rules that take them directly: only the fields a test sets matter. */
export function claim(id: string, articleId: string, facets: Partial<Facets> = {}, text = `claim ${id}`): Claim {
  return bareClaim(id, articleId, text, { worthiness: 0.5, facets: emptyFacets(facets) });
}

export function article(id: string, fields: Partial<Article> = {}): Article {
  const raw = fields.raw ?? `Article ${id}.`;
  return {
    id,
    file: `${id}.txt`,
    raw,
    view: raw,
    hash: `hash-${id}`,
    format: "text",
    body: { start: 0, end: raw.length },
    parts: [],
    title: null,
    outlet: null,
    outletFrom: null,
    publishedAt: null,
    publishedFrom: null,
    url: null,
    cites: [],
    republishedFrom: null,
    ...fields,
  };
}

export function source(text: string, kind: Source["kind"], canonical: string): Source {
  return { start: 0, end: text.length, text, kind, canonical };
}

/** A named entity spanning its whole text, canonical in lower case unless given. */
export const entity = (text: string, type: EntityType = "person", canonical = text.toLowerCase()): Entity => ({
  start: 0,
  end: text.length,
  text,
  type,
  canonical,
});

/** A claim that names these entities. */
export const withNames = (id: string, articleId: string, ...entities: Entity[]) => claim(id, articleId, { entities });
