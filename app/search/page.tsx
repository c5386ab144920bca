import Link from "next/link";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { search, type SearchResult } from "@/server/search";
import { listStories } from "@/server/stories";
import { AppError } from "@/server/errors";
import { decodeEntities } from "@/lib/ingest/html";

export const metadata = { title: "Search" };

type Props = { searchParams: Promise<{ q?: string; story?: string }> };

/** Search claims and articles, in one story or all; the words and the story live in the URL. */
export default async function SearchPage({ searchParams }: Props) {
  await connection();
  await pageActor();
  const { q = "", story = "" } = await searchParams;
  const stories = await listStories();
  const chosen = stories.some((s) => s.id === story) ? story : undefined;
  let result: SearchResult | null = null;
  let problem: string | null = null;
  if (q.trim()) {
    try {
      result = await search(q, chosen);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      problem = e.message;
    }
  }
  return (
    <>
      <h1>Search</h1>
      <form method="get" action="/search" className="filters" role="search">
        <label>
          Words <input type="search" name="q" defaultValue={q} size={30} />
        </label>{" "}
        <label>
          in{" "}
          <select name="story" defaultValue={chosen ?? ""}>
            <option value="">every story</option>
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>{" "}
        <button type="submit">Search</button>
      </form>
      <p className="small muted">
        Finds claims and articles holding every word, ignoring case; a word matches inside longer ones.
      </p>
      {problem && <p role="alert">{problem}</p>}
      {result && <Results result={result} />}
    </>
  );
}

function Results({ result }: { result: SearchResult }) {
  return (
    <>
      {result.more && <p>Only the first 50 of each are shown; add a word to narrow the search.</p>}
      <h2>Claims ({result.claims.length})</h2>
      <ul>
        {result.claims.map((c) => (
          <li key={c.key}>
            {c.groupKey ? (
              <Link href={`/groups/${c.groupKey}?ref=${encodeURIComponent(c.key)}`}>{decodeEntities(c.text)}</Link>
            ) : (
              decodeEntities(c.text)
            )}{" "}
            <span className="small muted">{c.outlet ?? "unnamed outlet"}</span>
          </li>
        ))}
      </ul>
      <h2>Articles ({result.articles.length})</h2>
      <ul>
        {result.articles.map((a) => (
          <li key={a.id}>
            <Link href={`/articles/${a.id}`}>{a.title ?? `Article ${a.id}`}</Link>{" "}
            <span className="small muted">{a.outlet ?? "unnamed outlet"}</span>
            <br />
            <span className="small">{a.snippet}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
