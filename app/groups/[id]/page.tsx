import Link from "next/link";
import { cache } from "react";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { getGroup } from "@/server/groups";
import { reviewsFor } from "@/server/reviews";
import { NotFoundError } from "@/server/errors";
import { parseId } from "@/server/params";
import { clipAtWord } from "@/lib/present/clip";
import { sourceName } from "@/lib/present/names";
import { VerdictBadge } from "../../components/verdict-badge";
import { FacetTable } from "../../components/facet-table";
import { ClaimCard } from "../../components/claim-card";
import { ReviewForm } from "../../components/review-form";
import { DifferenceList } from "../../components/difference-list";
import { WhoSaysWhatLine } from "../../components/who-says-what";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ ref?: string; saved?: string }> };

/** One read per request, shared by the title and the page. */
const load = cache(async (id: string) => {
  try {
    return await getGroup(parseId(id, "Group"));
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
});

export async function generateMetadata({ params }: Props) {
  const group = await load((await params).id);
  return { title: `Group ${group.rank} (${group.verdict}): ${clipAtWord(group.label, 60)}` };
}

export default async function GroupPage({ params, searchParams }: Props) {
  await connection();
  const { id } = await params;
  const { ref, saved } = await searchParams;
  const group = await load(id);
  const reviews = await reviewsFor(group.key);
  const chosen = group.claims.find((c) => String(c.id) === ref);
  const reference = chosen ?? group.claims[0]!;
  const keyToOutlet = new Map(group.claims.map((c) => [c.key, sourceName(c.article)]));
  const lines = group.discrepancies.flatMap((d) => (d.line ? [d.line] : []));
  return (
    <>
      <p>
        <Link href="/">← Overview</Link>
      </p>
      <h1>
        Group {group.rank}: <VerdictBadge verdict={group.verdict} /> <span className="h1-label">{group.label}</span>
      </h1>
      {lines.length > 0 && (
        <section aria-labelledby="who" className="who-box">
          <h2 id="who">Who says what</h2>
          {lines.map((l) => (
            <WhoSaysWhatLine key={l.discrepancyId} line={l} />
          ))}
        </section>
      )}
      <p>
        {group.evidence.verdictReason}. Independent origins: <strong>{group.origins}</strong> (
        {group.evidence.origins.map((o) => `${o.label}: ${o.via}`).join("; ")}).
      </p>
      <DifferenceList discrepancies={group.discrepancies} outletOf={(k) => keyToOutlet.get(k) ?? "another group"} />
      <h2>Each outlet&apos;s claim</h2>
      <div className="side">
        {group.claims.map((c) => (
          <ClaimCard key={c.id} claim={c} reference={reference} groupId={group.id} />
        ))}
      </div>
      <h2>Facets side by side</h2>
      <FacetTable claims={group.claims.map((c) => ({ id: c.id, outlet: sourceName(c.article), facets: c.facets }))} />
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
      <ReviewForm groupId={group.id} reference={chosen?.id ?? null} reviews={reviews} saved={saved === "1"} />
    </>
  );
}
