import Link from "next/link";
import { connection } from "next/server";
import { listArticles, listOutlets, recentFailures } from "@/server/articles";
import { nameVariants, rankedGroups, verdictCounts } from "@/server/groups";
import { latestStatuses } from "@/server/reviews";
import { VerdictBadge } from "./components/verdict-badge";
import { StorySection } from "./components/story-section";

export default async function Overview() {
  await connection();
  const [outlets, articles, counts, groups, failures, names, statuses] = await Promise.all([
    listOutlets(),
    listArticles(),
    verdictCounts(),
    rankedGroups(),
    recentFailures(),
    nameVariants(),
    latestStatuses(),
  ]);
  const stories = [...new Set(articles.map((a) => a.story ?? "s1"))].sort();
  const titleOf = (story: string) => {
    const lead = articles.find((a) => (a.story ?? "s1") === story && a.title);
    return stories.length > 1 ? `Story ${story.slice(1)}${lead?.title ? `: ${lead.title}` : ""}` : "The story";
  };
  return (
    <>
      <h1>Overview</h1>
      <section aria-label="Groups by verdict" className="counts">
        {(["discrepancy", "agree", "single-source"] as const).map((v) => (
          <div className="count" key={v}>
            <strong>{counts[v] ?? 0}</strong>
            <VerdictBadge verdict={v} />
          </div>
        ))}
        <div className="count">
          <strong>{articles.length}</strong>articles
        </div>
        <div className="count">
          <strong>{outlets.length}</strong>named outlets
        </div>
        <div className="count">
          <strong>{stories.length}</strong>
          {stories.length === 1 ? "story" : "stories"}
        </div>
      </section>
      <p>
        <Link href="/import">Import articles</Link>
      </p>
      {names.length > 0 && (
        <section aria-label="Names spelled differently">
          <h2>Names spelled differently across outlets</h2>
          <ul>
            {names.map((n) => (
              <li key={n.canonical}>
                <strong>{n.canonical}</strong>: spelled {n.spellings.map((s) => `“${s}”`).join(" and ")} — in{" "}
                {n.groupIds.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ", "}
                    <Link href={`/groups/${id}`}>group {id}</Link>
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
          articles={articles.filter((a) => (a.story ?? "s1") === s)}
          groups={groups.filter((g) => g.story === s).map((g) => ({ ...g, review: statuses.get(g.key) ?? null }))}
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
