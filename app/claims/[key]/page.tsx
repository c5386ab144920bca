import Link from "next/link";
import { cache } from "react";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { pageActor } from "@/server/auth/page-actor";
import { claimView } from "@/server/claim-view";
import { parseClaimKey } from "@/server/params";
import { decisionErrorMessage } from "@/server/decision-messages";
import { clipAtWord } from "@/lib/present/clip";
import { decodeEntities } from "@/lib/ingest/html";
import { headline, sourceName } from "@/lib/present/names";
import { loadOr404 } from "../../components/load-or-404";
import { claimHref } from "../../components/claim-href";
import { VerdictBadge } from "../../components/verdict-badge";
import { AuditList } from "../../components/audit-list";
import { ClaimReviewForm } from "../../components/decision-forms";
import { ClaimReviews } from "./claim-reviews";

type Props = {
  params: Promise<{ key: string }>;
  searchParams: Promise<{ done?: string; error?: string }>;
};

/** One read per request, shared by the title and the page; a malformed or unknown key is the not-found page. */
const load = cache(async (raw: string) => {
  const key = parseClaimKey(raw);
  if (!key) notFound();
  return loadOr404(() => claimView(key));
});

export async function generateMetadata({ params }: Props) {
  await pageActor();
  const claim = await load((await params).key);
  return { title: `Claim: ${clipAtWord(decodeEntities(claim.text), 60)} (${sourceName(claim.article)})` };
}

/**
 * A claim by its stable key (it survives re-analysis): its exact words, where they stand in the article, the group
 * it is in now, its reviews and flags, and its history.
 */
export default async function ClaimPage({ params, searchParams }: Props) {
  await connection();
  await pageActor();
  const claim = await load((await params).key);
  const { done, error } = await searchParams;
  const outlet = sourceName(claim.article);
  return (
    <>
      <p>
        <Link href="/">← Overview</Link>
        {claim.group && (
          <>
            {" · "}
            <Link href={`/groups/${claim.group.key}?ref=${encodeURIComponent(claim.key)}`}>
              Group {claim.group.rank}
            </Link>
          </>
        )}
      </p>
      <h1>Claim from {outlet}</h1>
      {error && (
        <p role="alert" className="disc">
          Nothing was changed: {decisionErrorMessage(error)}
        </p>
      )}
      <blockquote className="claim-words">{decodeEntities(claim.text)}</blockquote>
      <p>
        {outlet} · {claim.article.publishedAt ?? "date not stated"} ·{" "}
        <Link href={claimHref(claim.article.id, claim)}>These words in the article — {headline(claim.article)}</Link>
      </p>
      <h2>Group</h2>
      {claim.group ? (
        <p>
          In group {claim.group.rank}: <VerdictBadge verdict={claim.group.verdict} />{" "}
          <Link href={`/groups/${claim.group.key}?ref=${encodeURIComponent(claim.key)}`}>{claim.group.label}</Link>
        </p>
      ) : (
        <p>In no group now: its story has not compared it with other claims.</p>
      )}
      {claim.flags.length > 0 && (
        <section aria-labelledby="flags">
          <h2 id="flags">Flagged by an editor</h2>
          <ul className="flags">
            {claim.flags.map((f) => (
              <li key={f.id} className="disc editor">
                <strong>{f.kind}</strong> against{" "}
                <Link href={`/claims/${f.other}`}>{claim.otherLabels.get(f.other) ?? f.other}</Link>
                {f.note ? ` — ${f.note}` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="decisions">
        <h2 id="decisions" tabIndex={-1}>
          Reviews
        </h2>
        {done === "claim-review" && (
          <p role="status" className="saved">
            Review saved.
          </p>
        )}
        <ClaimReviews reviews={claim.reviews} />
        <ClaimReviewForm back={claim.key} claims={[{ key: claim.key, label: `${outlet}: this claim` }]} />
      </section>
      <section aria-labelledby="history">
        <h2 id="history">History</h2>
        <AuditList entries={claim.history} label="This claim's history" />
      </section>
    </>
  );
}
