import Link from "next/link";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { getArticle } from "@/server/articles";
import { NotFoundError } from "@/server/errors";
import { parseId } from "@/server/params";
import { decodeEntities, htmlView } from "@/lib/ingest/html";
import { AnnotatedText } from "../../components/annotated-text";
import { FacetChips } from "../../components/facet-chips";
import { VerdictBadge } from "../../components/verdict-badge";

export default async function ArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ hl?: string }>;
}) {
  await connection();
  const { id } = await params;
  const { hl } = await searchParams;
  const article = await Promise.resolve()
    .then(() => getArticle(parseId(id, "Article")))
    .catch((e: unknown) => {
      if (e instanceof NotFoundError) notFound();
      throw e;
    });
  const { meta, claims } = article;
  // HTML is shown as its readable text laid over the same offsets, so highlights still line up.
  const shown = meta.format === "html" ? htmlView(article.raw).slice(0, article.bodyEnd) : article.raw;
  const highlight = /^(\d+)-(\d+)$/.exec(hl ?? "");
  const layers = [
    ...claims.map((c) => ({ start: c.start, end: c.end, kind: "claim" as const, id: c.id })),
    ...(meta.parts ?? [])
      .filter((p) => p.kind === "furniture")
      .map((p) => ({ start: p.start, end: p.end, kind: "furniture" as const })),
    ...(highlight ? [{ start: Number(highlight[1]), end: Number(highlight[2]), kind: "hl" as const }] : []),
  ];
  return (
    <>
      <p>
        <Link href="/">← Overview</Link>
      </p>
      <h1>{article.title ?? article.file.split("/").pop()}</h1>
      <p className="muted">
        Outlet: {article.outlet?.name ?? "not stated"}
        {meta.outletFrom ? ` (from the ${meta.outletFrom})` : ""} · Published: {article.publishedAt ?? "not stated"}
        {meta.publishedFrom ? ` (from the ${meta.publishedFrom})` : ""} · File: <code>{article.file}</code> ·{" "}
        {claims.length} claims
      </p>
      {(meta.parts ?? []).some((p) => p.kind !== "furniture") && (
        <p className="small">
          Recognised parts (headlines become claims of their own kind; datelines, bylines and captions are not claims):{" "}
          {(meta.parts ?? [])
            .filter((p) => p.kind !== "furniture")
            .map((p, i) => (
              <span key={i} className="facet">
                <Link href={`/articles/${article.id}?hl=${p.start}-${p.end}#hl-${p.start}`}>{p.kind}</Link>:{" "}
                {decodeEntities(article.raw.slice(p.start, p.end)).replace(/\s+/g, " ").slice(0, 60)}
              </span>
            ))}{" "}
          · struck-through text is page furniture ({(meta.parts ?? []).filter((p) => p.kind === "furniture").length}{" "}
          pieces), left out.
        </p>
      )}
      <div className="two">
        <section aria-label="Article text">
          <AnnotatedText raw={shown} layers={layers} from={meta.format === "html" ? article.bodyStart : 0} />
        </section>
        <section aria-label="Claims by check-worthiness">
          <h2>Claims, most worth checking first</h2>
          <ol className="claims-list">
            {[...claims]
              .sort((a, b) => b.worthiness - a.worthiness)
              .map((c) => (
                <li key={c.id} id={`claim-${c.id}`}>
                  <div>
                    <strong>{c.worthiness.toFixed(2)}</strong> <span className="muted small">{c.kind}</span>{" "}
                    {decodeEntities(c.text)}
                  </div>
                  <FacetChips facets={c.facets} articleId={article.id} />
                  <div className="small muted">{c.facets.worthinessReasons.join("; ")}</div>
                  {c.group && (
                    <div className="small">
                      <Link href={`/groups/${c.group.id}`}>group {c.group.id}</Link>{" "}
                      <VerdictBadge verdict={c.group.verdict} />
                    </div>
                  )}
                </li>
              ))}
          </ol>
        </section>
      </div>
    </>
  );
}
