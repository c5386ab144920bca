import Link from "next/link";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { getGroup } from "@/server/groups";
import { reviewsFor, REVIEW_STATUSES } from "@/server/reviews";
import { NotFoundError } from "@/server/errors";
import { parseId } from "@/server/params";
import { wordDiff, type DiffPart } from "@/lib/compare/index";
import { decodeEntities } from "@/lib/ingest/html";
import { VerdictBadge } from "../../components/verdict-badge";
import { WordDiff } from "../../components/word-diff";
import { FacetTable } from "../../components/facet-table";

export default async function GroupPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ ref?: string }>;
}) {
  await connection();
  const { id } = await params;
  const { ref } = await searchParams;
  const group = await Promise.resolve()
    .then(() => getGroup(parseId(id, "Group")))
    .catch((e: unknown) => {
      if (e instanceof NotFoundError) notFound();
      throw e;
    });
  const reviews = await reviewsFor(group.key);
  const reference = group.claims.find((c) => String(c.id) === ref) ?? group.claims[0]!;
  const who = (c: (typeof group.claims)[number]) => c.article.outlet?.name ?? c.article.file.split("/").pop();
  const keyToOutlet = new Map(group.claims.map((c) => [c.key, who(c)]));
  return (
    <>
      <p>
        <Link href="/">← Overview</Link>
      </p>
      <h1>
        Group {group.rank}: <VerdictBadge verdict={group.verdict} />
      </h1>
      <p>
        {group.evidence.verdictReason}. Independent origins: <strong>{group.origins}</strong> (
        {group.evidence.origins.map((o) => `${o.label}: ${o.via}`).join("; ")}).
      </p>
      {group.discrepancies.length > 0 && (
        <section aria-label="Differences">
          <h2>Differences</h2>
          {group.discrepancies.map((d) => (
            <div key={d.id} className={`disc ${d.severity < 2 ? "note" : ""}`}>
              <strong>{d.kind}</strong>{" "}
              <span className="muted small">
                severity {d.severity}
                {d.severity < 2 ? " (shown, not counted as a discrepancy)" : ""}
              </span>
              : {d.summary}
              <div className="small muted">between {d.claimKeys.map((k) => keyToOutlet.get(k) ?? k).join(" and ")}</div>
              {typeof d.evidence.why === "string" && <div className="small">why: {d.evidence.why}</div>}
              {d.kind === "quote" && Array.isArray(d.evidence.diff) && (
                <div className="small">
                  quote against its counterpart: <WordDiff parts={d.evidence.diff as DiffPart[]} />
                </div>
              )}
            </div>
          ))}
        </section>
      )}
      <h2>Each outlet&apos;s claim, with word differences from the reference</h2>
      <div className="side">
        {group.claims.map((c) => (
          <article
            key={c.id}
            className={`card ${c.id === reference.id ? "ref" : ""}`}
            aria-label={`Claim from ${who(c)}`}
          >
            <div className="small">
              <strong>{who(c)}</strong> · {c.article.publishedAt ?? "date not stated"} ·{" "}
              <Link href={`/articles/${c.article.id}?hl=${c.start}-${c.end}#hl-${c.start}`}>in the article</Link>
            </div>
            <p>
              {c.id === reference.id ? (
                <>
                  {decodeEntities(c.text)} <em className="small">(reference)</em>
                </>
              ) : (
                <WordDiff parts={wordDiff(decodeEntities(reference.text), decodeEntities(c.text))} />
              )}
            </p>
            {c.id !== reference.id && (
              <Link className="small" href={`/groups/${group.id}?ref=${c.id}`}>
                Use as reference
              </Link>
            )}
          </article>
        ))}
      </div>
      <h2>Facets side by side</h2>
      <FacetTable claims={group.claims.map((c) => ({ id: c.id, outlet: who(c) ?? "", facets: c.facets }))} />
      {group.evidence.matches.length > 0 && (
        <>
          <h2>Why these claims are grouped</h2>
          <ul className="small">
            {group.evidence.matches.map((m, i) => (
              <li key={i}>
                {keyToOutlet.get(m.a)} ↔ {keyToOutlet.get(m.b)}: score {m.score.toFixed(2)}
                {m.evidence.length ? ` — ${m.evidence.join("; ")}` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Editor review</h2>
      <form className="review" method="post" action="/api/reviews">
        <input type="hidden" name="groupId" value={group.id} />
        <label>
          Status{" "}
          <select name="status" defaultValue={reviews[0]?.status ?? "unreviewed"}>
            {REVIEW_STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Note <textarea name="note" maxLength={2000} />
        </label>
        <button type="submit">Save review</button>
      </form>
      <ul className="small">
        {reviews.map((r) => (
          <li key={r.id}>
            {r.createdAt.toISOString().slice(0, 16).replace("T", " ")}: <strong>{r.status}</strong> {r.note}
          </li>
        ))}
      </ul>
    </>
  );
}
