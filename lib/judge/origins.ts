import type { Article } from "../ingest/types";
import type { Claim } from "../extract/types";
import type { Origin } from "./types";
import { fold } from "../text/normalize";
import { canonicalSource } from "../extract/attribution";

/**
 * Where each claim comes from in the end: the innermost named publication its attribution chain cites,
 * else the source the article republishes, else the outlet itself. Two outlets citing one newspaper are one origin.
 */
export function origins(claims: Claim[], articles: Map<string, Article>): Origin[] {
  const found: Origin[] = [];
  for (const claim of claims) {
    const article = articles.get(claim.articleId);
    const cited = [...claim.facets.attribution].reverse().find((s) => s.kind === "publication" && s.canonical);
    const [key, label, via] = cited
      ? [cited.canonical, cited.text, `cites ${cited.text}`]
      : article?.republishedFrom
        ? [canonicalSource(article.republishedFrom), article.republishedFrom, `republishes ${article.republishedFrom}`]
        : article?.outlet
          ? [canonicalSource(article.outlet) || fold(article.outlet), article.outlet, "the outlet's own reporting"]
          : [`article ${claim.articleId}`, article?.file ?? claim.articleId, "an article with no named outlet"];
    const same = found.find((o) => sameSource(o.key, key));
    if (same) same.claimIds.push(claim.id);
    else found.push({ key, label, via, claimIds: [claim.id] });
  }
  return found;
}

/** "herald" and "herald tribune" are one source: one name's words contain the other's. */
export function sameSource(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.split(" ");
  const y = b.split(" ");
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return (
    short.length > 0 && short.every((w) => long.includes(w)) && !a.startsWith("article ") && !b.startsWith("article ")
  );
}
