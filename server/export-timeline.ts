import { canonicalSource, sourceKind } from "../lib/extract/attribution";
import { sameSource } from "../lib/judge/origins";
import { groupLabel } from "../lib/present/label";
import {
  articleNames,
  loadStory,
  membersOf,
  readable,
  type ArticleName,
  type Story,
  type StoryArticle,
} from "./export-story";

export type LinkKind = "republishes" | "cites";

/**
 * From an article to the source it republishes or cites: another article of the story, or a named source outside it.
 */
export type TimelineLink = { from: number; kind: LinkKind; to: { articleId: number } | { source: string } };

/**
 * `outlet` and `title` as lib/present/names words them: the outlet, else the headline or opening words; the file as
 * detail. `title` is null for an article of no known outlet, which its headline or opening words already name.
 */
export type TimelineArticle = {
  id: number;
  outlet: string;
  title: string | null;
  file: string;
  publishedAt: string | null;
};

export type Teller = { articleId: number; outlet: string; publishedAt: string | null; daysAfter: number | null };

export type TimelineGroup = {
  groupKey: string;
  label: string;
  verdict: string;
  first: Teller[];
  followers: Teller[];
  undated: Teller[];
};

export type Timeline = {
  id: string;
  title: string | null;
  articles: TimelineArticle[];
  sources: string[];
  links: TimelineLink[];
  groups: TimelineGroup[];
};

export async function storyTimeline(storyId: string): Promise<Timeline> {
  return timelineOf(await loadStory(storyId));
}

/** Articles by publication date, copy and citation links between them, and who told each shared claim first. */
export function timelineOf(story: Story): Timeline {
  const links = story.articles.flatMap((a) => [
    ...(a.republishedFrom ? [linkTo(story.articles, a, "republishes", a.republishedFrom)] : []),
    ...a.cites.filter(isNamed).map((name) => linkTo(story.articles, a, "cites", name)),
  ]);
  const sources = [...new Set(links.flatMap((l) => ("source" in l.to ? [l.to.source] : [])))];
  const members = membersOf(story);
  const names = articleNames(story);
  const groups = story.groups.flatMap((g): TimelineGroup[] => {
    const told = members(g);
    const tellers = told.map(({ article }) => teller(article, names(article)));
    if (tellers.length < 2) return [];
    const dated = tellers.filter((t) => t.publishedAt);
    const start = dated[0]?.publishedAt;
    const timed = dated.map((t) => ({ ...t, daysAfter: daysBetween(start!, t.publishedAt!) }));
    return [
      {
        groupKey: g.key,
        label: groupLabel(
          readable(g.label),
          told.map((m) => readable(m.claim.text)),
        ),
        verdict: g.verdict,
        first: timed.filter((t) => t.daysAfter === 0),
        followers: timed.filter((t) => t.daysAfter !== 0),
        undated: tellers.filter((t) => !t.publishedAt),
      },
    ];
  });
  return {
    id: story.id,
    title: story.title,
    articles: story.articles.map((a) => ({
      id: a.id,
      outlet: names(a).source,
      title: a.outlet ? names(a).headline : null,
      file: names(a).file,
      publishedAt: a.publishedAt,
    })),
    sources,
    links,
    groups,
  };
}

// "government sources" or "a senior official" name no one whose reporting could be traced, so no node is drawn.
const UNNAMED = new Set(["anonymous", "official", "pronoun"]);
const isNamed = (name: string) => !UNNAMED.has(sourceKind(name));

/** A named source is an article of the story when the article's outlet is that source (Post = The Calder Post). */
function linkTo(articles: StoryArticle[], from: StoryArticle, kind: LinkKind, name: string): TimelineLink {
  const key = canonicalSource(name);
  const target = articles.find((a) => a !== from && a.outlet && key && sameSource(canonicalSource(a.outlet), key));
  return { from: from.id, kind, to: target ? { articleId: target.id } : { source: name } };
}

const teller = (a: StoryArticle, name: ArticleName): Teller => ({
  articleId: a.id,
  outlet: name.source,
  publishedAt: a.publishedAt,
  daysAfter: null,
});

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number | null {
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  return Number.isFinite(days) ? Math.round(days) : null;
}
