import type { Story } from "./export-story";
import { articleJson } from "@/lib/analyze/json";
import type { StoryExport } from "./export-schema";

const iso = <T extends { at: Date }>({ at, ...rest }: T) => ({ ...rest, at: at.toISOString() });
const review = (r: { status: string; note: string; at: Date }) => iso({ status: r.status, note: r.note, at: r.at });

/**
 * The story in the `analyze --json` shape, with the editors' work: reviews of groups and claims, flags, decisions
 * and the audit log (see server/export-schema.ts).
 */
export function storyJson(story: Story, now: Date): StoryExport {
  return {
    format: "crosscheck-story",
    version: 1,
    exportedAt: now.toISOString(),
    story: { id: story.id, title: story.title, articleIds: story.articles.map((a) => a.id) },
    articles: story.articles.map(articleJson),
    claims: story.claims.map(({ key, review: latest, reviews, ...c }) => ({
      id: key,
      ...c,
      review: latest && review(latest),
      reviews: reviews.map(review),
    })),
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
      flags: g.flags.map(({ claimKeys, ...f }) => iso({ ...f, claimIds: claimKeys })),
      review: g.review && iso(g.review),
      reviews: g.reviews.map(review),
    })),
    decisions: story.decisions.map((d) => ({ ...d, at: d.at.toISOString() })),
    audit: story.audit.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      actor: e.actorName,
      action: e.action,
      target: e.target,
      before: e.before,
      after: e.after,
    })),
  };
}
