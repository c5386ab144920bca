import Link from "next/link";
import { cache } from "react";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { getStory, listStories } from "@/server/stories";
import { storyArticles } from "@/server/story-articles";
import { storyDoneMessage, storyErrorMessage } from "@/server/story-messages";
import { ExportLinks } from "../../components/export-links";
import { loadOr404 } from "../../components/load-or-404";
import { storyPageTitle } from "./story-title";
import { StoryForms } from "./story-forms";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

/** One read per request, shared by the title and the page. */
const load = cache((id: string) => loadOr404(() => getStory(id)));

export async function generateMetadata({ params }: Props) {
  await pageActor();
  const story = await load((await params).id);
  return { title: storyPageTitle("Story", story) };
}

/** A story workspace: what it is, its articles (each movable to another story), and the editor's controls. */
export default async function StoryPage({ params, searchParams }: Props) {
  await connection();
  await pageActor();
  const story = await load((await params).id);
  const q = await searchParams;
  const [articles, stories] = await Promise.all([storyArticles(story.id), listStories()]);
  const others = stories.filter((s) => s.id !== story.id);
  const done = q.done ? storyDoneMessage(q.done) : null;
  return (
    <>
      <p>
        <Link href="/">← Overview</Link> · <Link href={`/stories/${story.id}/report`}>Printable report</Link> ·{" "}
        <Link href={`/stories/${story.id}/groups`}>Groups</Link> ·{" "}
        <Link href={`/stories/${story.id}/activity`}>Activity</Link> ·{" "}
        <Link href={`/stories/${story.id}/timeline`}>Timeline</Link> · <ExportLinks storyId={story.id} />
      </p>
      <h1>{story.title}</h1>
      <p>
        <strong>{story.status === "suggested" ? "Suggested story" : "Accepted story"}</strong> {story.id}, made by{" "}
        {story.createdBy}: {story.articles} {story.articles === 1 ? "article" : "articles"}, {story.groups} groups,{" "}
        {story.discrepancies} with discrepancies.
      </p>
      {story.description && <p>{story.description}</p>}
      {done && <p role="status">{done}</p>}
      {q.error && (
        <p role="alert" className="disc">
          Nothing was changed: {storyErrorMessage(q.error)}
        </p>
      )}
      <p>
        <Link href={`/import?story=${story.id}`}>Import articles into this story</Link>
      </p>
      <StoryForms story={story} />
      <h2 id="articles">Articles</h2>
      {articles.length === 0 && <p>No articles yet.</p>}
      <ul className="story-articles">
        {articles.map((a) => (
          <li key={a.id}>
            <Link href={`/articles/${a.id}`}>{a.name}</Link> <span className="small">{a.detail}</span>
            {others.length > 0 && (
              <form className="inline-form" method="post" action="/api/story-actions">
                <input type="hidden" name="action" value="move" />
                <input type="hidden" name="story" value={story.id} />
                <input type="hidden" name="article" value={a.id} />
                <label>
                  Move to{" "}
                  <select name="to" aria-label={`Move ${a.name} to another story`}>
                    {others.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.title} ({s.id})
                      </option>
                    ))}
                  </select>
                </label>{" "}
                <button type="submit">Move</button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
