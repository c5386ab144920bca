import type { Story } from "./export-story";
import { articleJson } from "@/lib/analyze/json";
import type { StoryExport } from "./export-schema";

const review = (r: { status: string; note: string; at: Date }) => ({
  status: r.status,
  note: r.note,
  at: r.at.toISOString(),
});

/** The story in the `analyze --json` shape, with each group's reviews (see server/export-schema.ts). */
export function storyJson(story: Story, now: Date): StoryExport {
  return {
    format: "crosscheck-story",
    version: 1,
    exportedAt: now.toISOString(),
    story: { id: story.id, title: story.title, articleIds: story.articles.map((a) => a.id) },
    articles: story.articles.map(articleJson),
    claims: story.claims.map(({ key, ...c }) => ({ id: key, ...c })),
    groups: story.groups.map((g) => ({
      id: g.id,
      key: g.key,
      storyId: story.id,
      claimIds: g.claimKeys,
      verdict: g.verdict,
      verdictReason: g.verdictReason,
      originCount: g.originCount,
      origins: g.origins.map(({ claimKeys, ...o }) => ({ ...o, claimIds: claimKeys })),
      discrepancies: g.discrepancies.map(({ claimKeys, ...d }) => ({ ...d, claimIds: claimKeys })),
      matches: g.matches,
      severity: g.severity,
      rank: g.rank,
      label: g.label,
      review: g.review && review(g.review),
      reviews: g.reviews.map(review),
    })),
  };
}
