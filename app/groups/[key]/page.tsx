import Link from "next/link";
import { cache } from "react";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { notFound, redirect } from "next/navigation";
import { groupKeyTarget, groupPageData } from "@/server/group-page";
import { parseClaimKey, parseGroupKey } from "@/server/params";
import { decisionErrorMessage } from "@/server/decision-messages";
import { clipAtWord } from "@/lib/present/clip";
import { sourceName } from "@/lib/present/names";
import { VerdictBadge } from "../../components/verdict-badge";
import { FacetTable } from "../../components/facet-table";
import { ClaimCard } from "../../components/claim-card";
import { ReviewForm } from "../../components/review-form";
import { DifferenceList } from "../../components/difference-list";
import { WhoSaysWhatLine } from "../../components/who-says-what";
import { DecisionsSection } from "./decisions-section";
import { GroupKeys } from "../../components/group-keys";
import { claimHref } from "../../components/claim-href";

type Props = {
  params: Promise<{ key: string }>;
  searchParams: Promise<{ ref?: string; saved?: string; from?: string; done?: string; error?: string }>;
};

/**
 * One read per request, shared by the title and the page. A key that re-analysis retired redirects to the group
 * that now holds most of its claims, saying where the editor came from and keeping the claim they had chosen.
 */
const load = cache(async (raw: string, ref: unknown) => {
  const key = parseGroupKey(raw);
  const found = key ? await groupKeyTarget(key) : null;
  if (!found) notFound();
  // A repeated ?ref= arrives as a list: it names no one claim.
  const claim = typeof ref === "string" ? parseClaimKey(ref) : null;
  if (found.moved) redirect(`/groups/${found.key}?from=${key}${claim ? `&ref=${encodeURIComponent(claim)}` : ""}`);
  return groupPageData(found.key);
});

export async function generateMetadata({ params, searchParams }: Props) {
  await pageActor();
  const { group } = await load((await params).key, (await searchParams).ref);
  return { title: `Group ${group.rank} (${group.verdict}): ${clipAtWord(group.label, 60)}` };
}

export default async function GroupPage({ params, searchParams }: Props) {
  await connection();
  await pageActor();
  const { key } = await params;
  const { ref, saved, from, done, error } = await searchParams;
  const { group, reviews, earlier, decisions, near } = await load(key, ref);
  const chosen = group.claims.find((c) => c.key === ref);
  const reference = chosen ?? group.claims[0]!;
  const keyToOutlet = new Map(group.claims.map((c) => [c.key, sourceName(c.article)]));
  const lines = group.discrepancies.flatMap((d) => (d.line ? [d.line] : []));
  return (
    <>
      <p>
        <Link href="/">← Overview</Link>
      </p>
      {from && parseGroupKey(from) && (
        <p role="status" className="moved">
          The group you followed changed when its story was re-analysed; this group now holds most of its claims.
          Reviews stay with the group they were made on.
        </p>
      )}
      {error && (
        <p role="alert" className="disc">
          Nothing was changed: {decisionErrorMessage(error)}
        </p>
      )}
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
          <ClaimCard key={c.id} claim={c} reference={reference} groupKey={group.key} />
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
      <ReviewForm
        groupKey={group.key}
        reference={chosen?.key ?? null}
        reviews={reviews}
        earlier={earlier}
        outletOf={(k) => keyToOutlet.get(k) ?? "a claim"}
        saved={saved === "1"}
      />
      <DecisionsSection
        decisions={decisions}
        group={group}
        claims={group.claims.map((c) => ({ key: c.key, label: `${sourceName(c.article)}: ${clipAtWord(c.text, 80)}` }))}
        outletOf={(k) => keyToOutlet.get(k) ?? "a claim"}
        done={done && /^[a-z-]{1,20}$/.test(done) ? done : undefined}
      />
      <GroupKeys group={group} near={near} article={claimHref(reference.article.id, reference)} />
    </>
  );
}
