import Link from "next/link";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { recentFailures } from "@/server/articles";
import { overview } from "@/server/overview";
import { StorySection } from "./components/story-section";
import { VerdictCounts } from "./components/verdict-counts";
import { capitalised } from "@/lib/present/names";
import { StoryList } from "./components/story-list";
import { pageNumber } from "./components/page-number";

export const metadata = { title: "Overview" };

type Props = { searchParams?: Promise<Record<string, string | string[] | undefined>> };

export default async function Overview({ searchParams }: Props = {}) {
  await connection();
  await pageActor();
  const page = pageNumber((await searchParams)?.page);
  const [view, failures] = await Promise.all([overview(page), recentFailures()]);
  const { stories, sections, pages } = view;
  const many = view.storiesWithArticles > 1;
  const titleOf = (story: (typeof stories)[number]) => {
    const suggested = story.status === "suggested" ? " (suggested)" : "";
    return many ? `Story ${story.id.slice(1)}: ${story.title}${suggested}` : `${story.title}${suggested}`;
  };
  return (
    <>
      <h1>Overview</h1>
      <VerdictCounts
        counts={(v) => view.counts[v] ?? 0}
        articles={view.articles}
        extra={[
          { n: view.outlets, label: "named outlets" },
          { n: view.storiesWithArticles, label: view.storiesWithArticles === 1 ? "story" : "stories" },
        ]}
      />
      <p>
        <Link href="/import">Import articles</Link>
      </p>
      <StoryList stories={stories} total={view.storyCount} />
      {view.names.length > 0 && (
        <section aria-labelledby="names">
          <h2 id="names">Names spelled differently across outlets in these stories</h2>
          <ul>
            {view.names.map((n) => (
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
      {sections.map((s) => (
        <StorySection
          key={s.story.id}
          story={s.story}
          title={titleOf(s.story)}
          counted={many}
          articles={s.articles}
          groups={s.groups}
          listedGroups={s.listedGroups}
          tally={view.tallies.get(s.story.id) ?? {}}
        />
      ))}
      {pages > 1 && (
        <nav aria-label="Pages of stories" className="small">
          {page > 1 && <Link href={`/?page=${page - 1}`}>← Newer stories</Link>} Page {page} of {pages}{" "}
          {page < pages && <Link href={`/?page=${page + 1}`}>Older stories →</Link>}
        </nav>
      )}
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
