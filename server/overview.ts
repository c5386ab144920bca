import { db } from "./db";
import { articleNameSelect, named } from "./article-names";
import { nameVariants, storyRankedGroups, storyTallies, verdictCounts } from "./groups";
import { latestStatuses } from "./latest-reviews";
import { listStories, type StorySummary } from "./stories";
import { shownFileName } from "./articles";
import { memoised } from "./store-stamp";

/**
 * How much of the store one overview page shows: its story sections (newest story first), and in each the groups
 * told by more than one article and the articles, each list cut here with a link to the story's own pages. What a
 * page costs is then bounded whatever the store holds.
 */
export const OVERVIEW_LIMITS = { storiesPerPage: 10, groupsPerStory: 50, articlesPerStory: 50 } as const;

/** One story's section: its first groups and articles, and whether the lists hold all of them. */
async function storySection(story: StorySummary) {
  const [ranked, rows] = await Promise.all([
    storyRankedGroups(story.id, OVERVIEW_LIMITS.groupsPerStory),
    db().article.findMany({
      where: { story: story.id, next: null },
      // Undated articles first on both providers (PostgreSQL would put NULL last).
      orderBy: [{ publishedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
      take: OVERVIEW_LIMITS.articlesPerStory,
      select: { ...articleNameSelect, publishedAt: true, _count: { select: { claims: true } } },
    }),
  ]);
  const articles = rows.map((r) => ({ ...named(r), file: shownFileName(r.file) }));
  return { story, groups: ranked.groups, listedGroups: ranked.total, articles };
}

/**
 * What the overview's page `page` shows, read once per change to the store (server/store-stamp.ts): the counts, one
 * page of stories (newest first, empty ones too, so an editor's new story is on the first page), the sections of
 * those with articles, and the names spelled differently in them, with their groups' review statuses. Every list is
 * a page's worth, whatever the store holds.
 */
export const overview = (page: number) =>
  memoised(`overview:${page}`, async () => {
    const [counts, articles, outlets, stories, tallies, statuses] = await Promise.all([
      verdictCounts(),
      db().article.count({ where: { next: null } }),
      db().outlet.count(),
      listStories(),
      storyTallies(),
      latestStatuses(),
    ]);
    const { storiesPerPage } = OVERVIEW_LIMITS;
    const newestFirst = [...stories].reverse();
    const pages = Math.max(1, Math.ceil(newestFirst.length / storiesPerPage));
    const onPage = newestFirst.slice((page - 1) * storiesPerPage, page * storiesPerPage);
    const [sections, names] = await Promise.all([
      Promise.all(onPage.filter((s) => s.articles > 0).map(storySection)),
      nameVariants(onPage.map((s) => s.id)),
    ]);
    return {
      counts,
      articles,
      outlets,
      stories: onPage,
      storyCount: stories.length,
      storiesWithArticles: stories.filter((s) => s.articles > 0).length,
      names,
      tallies,
      pages,
      sections: sections.map((s) => ({
        ...s,
        groups: s.groups.map((g) => ({ ...g, review: statuses.get(g.key) ?? null })),
      })),
    };
  });
