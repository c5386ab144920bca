import type { ClaimReview, CreativeWork, WithContext } from "schema-dts";
import type { Organisation } from "./export-config";
import {
  articleNames,
  membersOf,
  readable,
  type ArticleName,
  type Story,
  type StoryArticle,
  type StoryGroup,
} from "./export-story";

/** The review statuses that are a published finding; the rest are work in progress and stay in the newsroom. */
export const PUBLISHED_STATUSES = ["confirmed", "disputed"] as const;

const isPublished = (g: StoryGroup) => PUBLISHED_STATUSES.some((s) => s === g.review?.status);

/** schema.org ClaimReview records, one per group an editor has marked confirmed or disputed. */
export function storyClaimReviews(story: Story, author: Organisation): WithContext<ClaimReview>[] {
  const members = membersOf(story);
  const names = articleNames(story);
  const appearance = (a: StoryArticle) => appearanceOf(a, names(a));
  return story.groups.filter(isPublished).map((g) => {
    const told = members(g);
    const articles = [...new Set(told.map((m) => m.article))];
    const first = articles.find((a) => a.publishedAt);
    const review = g.review!;
    return {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: readable(told[0]!.claim.text),
      itemReviewed: {
        "@type": "Claim",
        appearance: articles.map(appearance),
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

/** An article as schema.org knows it: headline (else its opening words), publisher only when the outlet is known. */
function appearanceOf(article: StoryArticle, name: ArticleName): CreativeWork {
  return {
    "@type": "NewsArticle",
    ...(article.url ? { url: article.url } : {}),
    headline: name.headline,
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...(article.outlet ? { publisher: { "@type": "Organization", name: article.outlet } } : {}),
  };
}
