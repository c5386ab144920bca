import Link from "next/link";
import { cache } from "react";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { notFound } from "next/navigation";
import { articlePageData } from "@/server/article-page";
import { NotFoundError } from "@/server/errors";
import { parseId } from "@/server/params";
import { decodeEntities } from "@/lib/ingest/html";
import { clipAtWord } from "@/lib/present/clip";
import { fileName, headline, sourceName } from "@/lib/present/names";
import { AnnotatedText } from "../../components/annotated-text";
import { ClaimList } from "../../components/claim-list";
import { FocusOnLoad } from "../../components/focus-on-load";
import { VersionNotes } from "../../components/version-notes";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ hl?: string; claim?: string }> };

const load = cache(async (id: string) => {
  try {
    return await articlePageData(parseId(id, "Article"));
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
});

export async function generateMetadata({ params }: Props) {
  await pageActor();
  const { article } = await load((await params).id);
  return { title: `${clipAtWord(headline(article), 70)} — ${sourceName({ ...article, title: null, opening: null })}` };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  await connection();
  await pageActor();
  const { id } = await params;
  const { hl, claim: linked } = await searchParams;
  const { article, shown, disputed } = await load(id);
  const { meta, claims } = article;
  const highlight = /^(\d+)-(\d+)$/.exec(hl ?? "");
  // Marked in the text: the claim linked to, else the claims that carry a counted discrepancy; not every sentence.
  const marked = linked ? claims.filter((c) => String(c.id) === linked) : claims.filter((c) => disputed.has(c.key));
  const furniture = meta.parts.filter((p) => p.kind === "furniture");
  const named = meta.parts.filter((p) => p.kind !== "furniture");
  const layers = [
    ...marked.map((c) => ({ start: c.start, end: c.end, kind: "claim" as const, id: c.id })),
    ...furniture.map((p) => ({ start: p.start, end: p.end, kind: "furniture" as const })),
    ...(highlight ? [{ start: Number(highlight[1]), end: Number(highlight[2]), kind: "hl" as const }] : []),
  ];
  return (
    <>
      <p className="crumbs">
        <Link href="/">← Overview</Link> · <a href="#claims">Skip to the claim list ({claims.length} claims)</a>
      </p>
      <h1>{headline(article)}</h1>
      <p className="muted">
        Outlet: {article.outlet?.name ?? "not stated"}
        {meta.outletFrom ? ` (from the ${meta.outletFrom})` : ""} · Published: {article.publishedAt ?? "not stated"}
        {meta.publishedFrom ? ` (from the ${meta.publishedFrom})` : ""}
        {meta.manifest?.modifiedAt ? ` · Updated: ${meta.manifest.modifiedAt}` : ""}
        {meta.manifest?.authors?.length ? ` · By ${meta.manifest.authors.join(", ")}` : ""} · File:{" "}
        <code>{fileName(article.file)}</code>
      </p>
      {named.length > 0 && (
        <p className="small">
          Recognised parts (headlines become claims of their own kind; datelines, bylines and captions are not claims):{" "}
          {named.map((p, i) => (
            <span key={i} className="facet">
              <Link href={`/articles/${article.id}?hl=${p.start}-${p.end}#hl-${p.start}`}>{p.kind}</Link>:{" "}
              {clipAtWord(decodeEntities(article.raw.slice(p.start, p.end)), 60)}
            </span>
          ))}{" "}
          {furniture.length > 0 && `· struck-through text is page furniture (${furniture.length} pieces), left out.`}
        </p>
      )}
      <p className="small">
        {linked
          ? "Marked in yellow: the claim you followed."
          : `Marked in yellow: the ${marked.length} claim${marked.length === 1 ? "" : "s"} that carry a discrepancy.`}
      </p>
      <VersionNotes versions={article.versions} />
      {highlight && <FocusOnLoad id={`hl-${highlight[1]}`} />}
      <div className="two">
        <section aria-label="Article text">
          <AnnotatedText raw={shown} layers={layers} from={meta.format === "html" ? article.bodyStart : 0} />
        </section>
        <ClaimList claims={claims} articleId={article.id} linked={linked ?? null} />
      </div>
    </>
  );
}
