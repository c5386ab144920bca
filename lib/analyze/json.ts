import { countsTowardVerdict } from "../judge/counts";
import type { Analysis } from "./index";
import type { Article } from "../ingest/types";

/** The article fields of the contract; a stored story numbers its articles, an analysis names them "a1", "a2"... */
type ArticleFields<Id> = { id: Id } & Pick<
  Article,
  | "file"
  | "outlet"
  | "publishedAt"
  | "title"
  | "url"
  | "hash"
  | "format"
  | "body"
  | "outletFrom"
  | "publishedFrom"
  | "cites"
  | "republishedFrom"
  | "parts"
>;

/** One article as the JSON contract states it: the same fields for `analyze --json` and a stored story's export. */
export function articleJson<Id extends string | number>(a: ArticleFields<Id>): ArticleFields<Id> {
  return {
    id: a.id,
    file: a.file,
    outlet: a.outlet,
    publishedAt: a.publishedAt,
    title: a.title,
    url: a.url,
    hash: a.hash,
    format: a.format,
    body: a.body,
    outletFrom: a.outletFrom,
    publishedFrom: a.publishedFrom,
    cites: a.cites,
    republishedFrom: a.republishedFrom,
    parts: a.parts,
  };
}

/** The `analyze --json` contract: articles, claims and groups, plus stories, variants and timings. */
export function toJson(analysis: Analysis): unknown {
  return {
    articles: analysis.articles.map(articleJson),
    claims: analysis.claims.map((c) => ({
      id: c.id,
      articleId: c.articleId,
      start: c.start,
      end: c.end,
      text: c.text,
      kind: c.kind,
      worthiness: c.worthiness,
      worthinessReasons: c.worthinessReasons,
      modality: c.facets.modality.value,
      facets: c.facets,
    })),
    groups: analysis.groups.map((g) => ({
      id: g.id,
      key: g.key,
      storyId: g.storyId,
      claimIds: g.claimIds,
      verdict: g.verdict,
      verdictReason: g.verdictReason,
      originCount: g.originCount,
      origins: g.origins,
      // Severity 2 and up make the verdict a discrepancy; lower ones are notes shown beside it.
      discrepancies: g.discrepancies.map((d) => ({ ...d, counted: countsTowardVerdict(d) })),
      matches: g.matches,
      severity: g.severity,
      rank: g.rank,
      label: g.label,
    })),
    stories: analysis.stories,
    entityVariants: analysis.entityVariants,
    failures: analysis.failures,
    stats: analysis.stats,
  };
}
