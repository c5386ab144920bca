import type { ClaimReview, CreativeWork, WithContext } from "schema-dts";
import { decodeEntities } from "../lib/ingest/html";
import type { Organisation } from "./export-config";
import type { Story, StoryArticle, StoryGroup } from "./export-story";

/** The review statuses that are a published finding; the rest are work in progress and stay in the newsroom. */
export const PUBLISHED_STATUSES = ["confirmed", "disputed"] as const;

const isPublished = (g: StoryGroup) => PUBLISHED_STATUSES.some((s) => s === g.review?.status);

/** schema.org ClaimReview records, one per group an editor has marked confirmed or disputed. */
export function storyClaimReviews(story: Story, author: Organisation): WithContext<ClaimReview>[] {
  const claims = new Map(story.claims.map((c) => [c.key, c]));
  const articles = new Map(story.articles.map((a) => [a.id, a]));
  return story.groups.filter(isPublished).map((g) => {
    // Story articles come in publication order, so the group's first claim by article order is the first said.
    const members = g.claimKeys
      .map((k) => claims.get(k)!)
      .sort(
        (a, b) =>
          story.articles.indexOf(articles.get(a.articleId)!) - story.articles.indexOf(articles.get(b.articleId)!),
      );
    const appearances = [...new Set(members.map((c) => c.articleId))].map((id) => appearance(articles.get(id)!));
    const first = members.map((c) => articles.get(c.articleId)!).find((a) => a.publishedAt);
    const review = g.review!;
    return {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: decodeEntities(members[0]!.text).replace(/\s+/g, " ").trim(),
      itemReviewed: {
        "@type": "Claim",
        appearance: appearances,
        ...(first ? { firstAppearance: appearance(first) } : {}),
      },
      reviewRating: {
        "@type": "Rating",
        alternateName: review.status,
        ...(review.note ? { ratingExplanation: review.note } : {}),
      },
      author: { "@type": "Organization", name: author.name, ...(author.url ? { url: author.url } : {}) },
      datePublished: review.at.toISOString().slice(0, 10),
    };
  });
}

function appearance(article: StoryArticle): CreativeWork {
  return {
    "@type": "NewsArticle",
    ...(article.url ? { url: article.url } : {}),
    headline: article.title ?? article.file,
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...(article.outlet ? { publisher: { "@type": "Organization", name: article.outlet } } : {}),
  };
}
