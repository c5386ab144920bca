import Link from "next/link";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { listArticles, listOutlets, recentFailures } from "@/server/articles";
import { nameVariants, rankedGroups, storyTallies, verdictCounts } from "@/server/groups";
import { latestStatuses } from "@/server/latest-reviews";
import { StorySection } from "./components/story-section";
import { VerdictCounts } from "./components/verdict-counts";
import { capitalised } from "@/lib/present/names";
import { listStories } from "@/server/stories";
import { StoryList } from "./components/story-list";

export const metadata = { title: "Overview" };

export default async function Overview() {
  await connection();
  await pageActor();
  const [outlets, articles, counts, groups, failures, names, statuses, tallies, storyRows] = await Promise.all([
    listOutlets(),
    listArticles(),
    verdictCounts(),
    rankedGroups(),
    recentFailures(),
    nameVariants(),
    latestStatuses(),
    storyTallies(),
    listStories(),
  ]);
  // Stories with articles, in the order they were made; an empty one is listed above, with its form.
  const stories = storyRows.filter((s) => s.articles > 0).map((s) => s.id);
  const rowOf = new Map(storyRows.map((s) => [s.id, s]));
  const titleOf = (story: string) => {
    const row = rowOf.get(story);
    const suggested = row?.status === "suggested" ? " (suggested)" : "";
    return stories.length > 1
      ? `Story ${story.slice(1)}: ${row?.title ?? ""}${suggested}`
      : `${row?.title}${suggested}`;
  };
  return (
    <>
      <h1>Overview</h1>
      <VerdictCounts
        counts={(v) => counts[v] ?? 0}
        articles={articles.length}
        extra={[
          { n: outlets.length, label: "named outlets" },
          { n: stories.length, label: stories.length === 1 ? "story" : "stories" },
        ]}
      />
      <p>
        <Link href="/import">Import articles</Link>
      </p>
      <StoryList stories={storyRows} />
      {names.length > 0 && (
        <section aria-labelledby="names">
          <h2 id="names">Names spelled differently across outlets</h2>
          <ul>
            {names.map((n) => (
              <li key={n.canonical}>
                <strong>{capitalised(n.canonical)}</strong>: spelled{" "}
                {n.spellings.map((s) => `“${capitalised(s)}”`).join(" and ")} — in{" "}
                {n.groups.map((g, i) => (
                  <span key={g.key}>
                    {i > 0 && ", "}
                    <Link href={`/groups/${g.key}`}>group {g.rank}</Link>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      {stories.map((s) => (
        <StorySection
          key={s}
          storyId={s}
          title={titleOf(s)}
          counted={stories.length > 1}
          articles={articles.filter((a) => a.story === s)}
          groups={groups.filter((g) => g.story === s).map((g) => ({ ...g, review: statuses.get(g.key) ?? null }))}
          tally={tallies.get(s) ?? {}}
        />
      ))}
      {failures.length > 0 && (
        <>
          <h2>Files that could not be imported</h2>
          <ul>
            {failures.map((f) => (
              <li key={f.id}>
                <code>{f.file}</code>: {f.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
