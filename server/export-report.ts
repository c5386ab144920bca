import { wordDiff, type DiffPart } from "../lib/compare/index";
import { groupLabel } from "../lib/present/label";
import { articleNames, loadStory, membersOf, readable, type Story, type StoryGroup } from "./export-story";

export type ReportClaim = {
  articleId: number;
  /** The outlet, else the headline or opening words (lib/present/names). */
  outlet: string;
  publishedAt: string | null;
  /** The headline, else the opening words in quotes, else the file's name. */
  headline: string;
  /** The file's own name, shown as secondary detail. */
  file: string;
  text: string;
  /** Word differences from the group's first-published claim; null on that claim itself. */
  diff: DiffPart[] | null;
};

export type ReportEntry = {
  groupId: number;
  rank: number;
  label: string;
  findings: { kind: string; severity: number; summary: string; between: string[] }[];
  claims: ReportClaim[];
  review: StoryGroup["review"];
};

export type StoryReport = {
  id: string;
  title: string | null;
  articles: number;
  outlets: string[];
  entries: ReportEntry[];
};

/** The story's discrepancies in rank order, each with its outlets, dates, word diff and the editors' decision. */
export async function storyReport(storyId: string): Promise<StoryReport> {
  return reportOf(await loadStory(storyId));
}

export function reportOf(story: Story): StoryReport {
  const members = membersOf(story);
  const names = articleNames(story);
  const entries = story.groups
    .filter((g) => g.verdict === "discrepancy")
    .map((g): ReportEntry => {
      const told = members(g);
      const reference = readable(told[0]!.claim.text);
      const outletOf = new Map(told.map((m) => [m.claim.key, names(m.article).source]));
      return {
        groupId: g.id,
        rank: g.rank,
        label: groupLabel(
          readable(g.label),
          told.map((m) => readable(m.claim.text)),
        ),
        findings: g.discrepancies
          .filter((d) => d.counted)
          .map((d) => ({ ...d, between: d.claimKeys.map((k) => outletOf.get(k) ?? k) })),
        claims: told.map(({ claim, article }, i) => ({
          articleId: article.id,
          outlet: names(article).source,
          publishedAt: article.publishedAt,
          headline: names(article).headline,
          file: names(article).file,
          text: readable(claim.text),
          diff: i === 0 ? null : wordDiff(reference, readable(claim.text)),
        })),
        review: g.review,
      };
    });
  return {
    id: story.id,
    title: story.title,
    articles: story.articles.length,
    outlets: [...new Set(story.articles.map((a) => names(a).source))],
    entries,
  };
}
