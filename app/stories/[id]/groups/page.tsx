import Link from "next/link";
import { cache } from "react";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { groupFilterQuery, pageQuery } from "@/server/api/schemas";
import { filteredGroups, storyOutlets } from "@/server/story-groups";
import { storyById } from "@/server/stories";
import { VerdictBadge } from "@/app/components/verdict-badge";
import { KeyboardNav } from "@/app/components/keyboard-nav";
import { claimHref } from "@/app/components/claim-href";
import { loadOr404 } from "../../../components/load-or-404";
import { storyPageTitle } from "../story-title";
import { FilterForm } from "./filter-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> };

const listQuery = groupFilterQuery.extend(pageQuery.shape);

/** One read per request, shared by the title and the page. */
const load = cache((id: string) => loadOr404(() => storyById(id)));

export async function generateMetadata({ params }: Props) {
  await pageActor();
  const story = await load((await params).id);
  return { title: storyPageTitle("Groups", story) };
}

/** Drop empty form fields, so an untouched select does not filter by "". */
function given(search: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(search).flatMap(([k, v]) => {
      const value = Array.isArray(v) ? v[0] : v;
      return value ? [[k, value]] : [];
    }),
  );
}

/** A story's groups, filtered by what the URL says, with keyboard shortcuts. */
export default async function StoryGroups({ params, searchParams }: Props) {
  await connection();
  await pageActor();
  const { id } = await params;
  const story = await load(id);
  const search = given(await searchParams);
  const parsed = listQuery.safeParse(search);
  const { page, pageSize, ...filter } = parsed.success ? parsed.data : listQuery.parse({});
  const [found, outlets] = await Promise.all([filteredGroups(id, filter, page, pageSize), storyOutlets(id)]);
  const action = `/stories/${id}/groups`;
  const pageHref = (n: number) => `${action}?${new URLSearchParams({ ...search, page: String(n) })}`;
  const last = Math.max(1, Math.ceil(found.total / pageSize));
  return (
    <>
      <p>
        <Link href="/">← Overview</Link> · <Link href={`/search?story=${id}`}>Search this story</Link>
      </p>
      <h1>Groups of {story.title}</h1>
      <FilterForm action={action} filter={filter} outlets={outlets} />
      {!parsed.success && (
        <p role="alert" className="moved">
          These filters could not be read, so none is applied:{" "}
          {parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}
        </p>
      )}
      <p>
        <strong>{found.total}</strong> {found.total === 1 ? "group matches" : "groups match"}
        {last > 1 && ` · page ${page} of ${last}`}
      </p>
      <KeyboardNav mode="list" />
      <ol className="group-list">
        {found.groups.map((g) => (
          <li
            key={g.key}
            data-nav-group={g.key}
            data-label={`Group ${g.rank}`}
            data-article={claimHref(g.claims[0]!.articleId, g.claims[0]!.span)}
          >
            <Link href={`/groups/${g.key}`}>
              Group {g.rank}: {g.label}
            </Link>{" "}
            <VerdictBadge verdict={g.verdict} />{" "}
            <span className="small muted">
              {[...new Set(g.claims.map((c) => c.outlet ?? "unnamed outlet"))].join(", ")}
              {g.discrepancies.length > 0 && ` · ${[...new Set(g.discrepancies.map((d) => d.kind))].join(", ")}`}
              {" · "}
              {g.latestReview
                ? `${g.latestReview.status}${g.latestReview.changedSinceReview ? " (changed since review)" : ""}`
                : "unreviewed"}
              {g.latestReview?.reviewer && ` by ${g.latestReview.reviewer}`}
            </span>
          </li>
        ))}
      </ol>
      <nav aria-label="Pages" className="small">
        {page > 1 && <Link href={pageHref(page - 1)}>← Previous page</Link>}{" "}
        {page < last && <Link href={pageHref(page + 1)}>Next page →</Link>}
      </nav>
    </>
  );
}
