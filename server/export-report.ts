import { wordDiff, type DiffPart } from "../lib/compare/index";
import { countsTowardVerdict, FLAG_SEVERITY } from "../lib/judge/counts";
import { WHOLE_DIFF_MIN_SIMILARITY, wordingSimilarity } from "../lib/present/diff-view";
import { groupLabel } from "../lib/present/label";
import { listOf } from "../lib/present/names";
import {
  articleNames,
  loadStory,
  membersOf,
  readable,
  type Story,
  type StoryFlag,
  type StoryGroup,
} from "./export-story";
import { linedDiscrepancies, type LinedDiscrepancy } from "./discrepancy-lines";
import type { WhoSaysWhat } from "./who-says-what";

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
  /** Share of words in common with the group's first-published claim; null on that claim itself. */
  similarity: number | null;
  /**
   * Word differences from the first-published claim, only for a claim worded alike (WHOLE_DIFF_MIN_SIMILARITY, as on
   * the group page); null on that claim itself and on a reworded one, where it would mark nearly every word.
   */
  diff: DiffPart[] | null;
};

/**
 * A counted finding, the tool's or an editor's flag: the line of who says what when its sides can be told apart, else
 * the outlets it is between.
 */
export type ReportFinding = {
  kind: string;
  severity: number;
  summary: string;
  line: WhoSaysWhat | null;
  between: string;
};

export type ReportEntry = {
  groupKey: string;
  rank: number;
  label: string;
  findings: ReportFinding[];
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
  const story = await loadStory(storyId);
  return reportOf(story, await linedDiscrepancies(story.groups.filter((g) => g.verdict === "discrepancy")));
}

/** An editor's flag read as a finding: it counts like the gravest (lib/judge/counts.ts), in the editor's words. */
const flagFinding = (f: StoryFlag) => ({
  kind: f.kind,
  severity: FLAG_SEVERITY,
  summary: f.note ? `flagged by an editor: ${f.note}` : "flagged by an editor",
  line: null,
  claimKeys: f.claimKeys,
});

export function reportOf(story: Story, lined: Map<number, LinedDiscrepancy[]>): StoryReport {
  const members = membersOf(story);
  const names = articleNames(story);
  const entries = story.groups
    .filter((g) => g.verdict === "discrepancy")
    .map((g): ReportEntry => {
      const told = members(g);
      const reference = readable(told[0]!.claim.text);
      const outletOf = new Map(told.map((m) => [m.claim.key, names(m.article).source]));
      return {
        groupKey: g.key,
        rank: g.rank,
        label: groupLabel(
          readable(g.label),
          told.map((m) => readable(m.claim.text)),
        ),
        findings: [...(lined.get(g.id) ?? []).filter(countsTowardVerdict), ...g.flags.map(flagFinding)]
          .sort((a, b) => b.severity - a.severity)
          .map((d) => ({
            kind: d.kind,
            severity: d.severity,
            summary: d.summary,
            line: d.line,
            between: listOf(d.claimKeys.map((k) => outletOf.get(k) ?? "another group")),
          })),
        claims: told.map(({ claim, article }, i) => {
          const text = readable(claim.text);
          const diff = i === 0 ? null : wordDiff(reference, text);
          const similarity = diff && wordingSimilarity(diff);
          return {
            articleId: article.id,
            outlet: names(article).source,
            publishedAt: article.publishedAt,
            headline: names(article).headline,
            file: names(article).file,
            text,
            similarity,
            diff: similarity !== null && similarity >= WHOLE_DIFF_MIN_SIMILARITY ? diff : null,
          };
        }),
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
