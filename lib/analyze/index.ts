import type { Article, IngestFailure, SourceDocument } from "../ingest/types";
import type { Claim } from "../extract/types";
import type { Group } from "../judge/types";
import { ingest, IngestError } from "../ingest/index";
import { extract } from "../extract/index";
import { matchClaims } from "../match/index";
import { groupClaims, linkEntities, stories, type EntityVariant, type Story } from "../group/index";
import { judge } from "../judge/index";
import { linkFacts } from "../facts/index";
import { articleBudgetMs, BudgetExceededError, deadline } from "./budget";

export type Stage = "ingest" | "extract" | "stories" | "match" | "facts" | "group" | "judge";

export type Analysis = {
  articles: Article[];
  claims: Claim[];
  groups: Group[];
  stories: Story[];
  entityVariants: EntityVariant[];
  failures: IngestFailure[];
  /** Milliseconds per stage, and the heap in MB after it (a lower bound on that stage's peak). */
  stats: {
    timings: Record<Stage, number>;
    heapMb: Record<Stage, number>;
    pairsScored: number;
    duplicatesSkipped: number;
  };
};

/** The whole pipeline, pure and in memory: documents in, articles, claims and judged groups out. */
export function analyze(
  documents: SourceDocument[],
  failures: IngestFailure[] = [],
  options: { now?: () => number } = {},
): Analysis {
  const timings = {} as Record<Stage, number>;
  const heapMb = {} as Record<Stage, number>;
  const time = <T>(stage: Stage, run: () => T): T => {
    const t0 = performance.now();
    const out = run();
    timings[stage] = Math.round((performance.now() - t0) * 10) / 10;
    heapMb[stage] = Math.round(process.memoryUsage().heapUsed / 1e6);
    return out;
  };
  const refused: IngestFailure[] = [];
  const ingested = time("ingest", () => uniqueArticles(documents, refused));
  const extracted = time("extract", () => extractWithin(ingested, refused, options.now));
  const articles = extracted.map((e) => e.article);
  const claims = extracted.flatMap((e) => e.claims);
  const variants = linkEntities(claims);
  const found = time("stories", () =>
    stories(
      articles.map((a) => a.id),
      claims,
    ),
  );
  const storyOf = storyLookup(found);
  const { matches, score, pairsScored } = time("match", () => matchClaims(claims, storyOf));
  const { facts, links } = time("facts", () => linkFacts(claims, storyOf, (a, b) => score(a, b).score));
  const clusters = time("group", () => groupClaims(claims, matches, score, links));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const groups = time("judge", () =>
    judge(clusters, { claims: new Map(claims.map((c) => [c.id, c])), articles: byId, variants, storyOf, facts, links }),
  );
  return {
    articles,
    claims,
    groups,
    stories: found,
    entityVariants: variants,
    failures: [...failures, ...refused],
    stats: { timings, heapMb, pairsScored, duplicatesSkipped: documents.length - articles.length - refused.length },
  };
}

function uniqueArticles(documents: SourceDocument[], refused: IngestFailure[]): Article[] {
  const seen = new Set<string>();
  const out: Article[] = [];
  for (const doc of documents) {
    let article: Article;
    try {
      article = ingest(doc, `a${out.length + 1}`);
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      refused.push({ file: e.file, reason: e.reason });
      continue;
    }
    if (seen.has(article.hash)) continue;
    seen.add(article.hash);
    out.push(article);
  }
  return out;
}

/** An article's claims; throws BudgetExceededError when extracting it runs past its time budget. */
export function extractInBudget(article: Article, now?: () => number): Claim[] {
  return extract(article, { checkpoint: deadline(articleBudgetMs(article.raw.length), now) });
}

/** Each article's claims, or its refusal by name when it ran past its time budget; the others go on. */
function extractWithin(articles: Article[], refused: IngestFailure[], now?: () => number) {
  const out: { article: Article; claims: Claim[] }[] = [];
  for (const article of articles) {
    try {
      out.push({ article, claims: extractInBudget(article, now) });
    } catch (e) {
      if (!(e instanceof BudgetExceededError)) throw e;
      refused.push({ file: article.file, reason: e.message });
    }
  }
  return out;
}

function storyLookup(found: Story[]): (articleId: string) => string {
  const map = new Map(found.flatMap((s) => s.articleIds.map((id) => [id, s.id] as const)));
  return (id) => map.get(id) ?? id;
}
