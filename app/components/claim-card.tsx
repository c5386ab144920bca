import Link from "next/link";
import { wordDiff } from "@/lib/compare/index";
import { decodeEntities } from "@/lib/ingest/html";
import { WHOLE_DIFF_MIN_SIMILARITY, wordingSimilarity } from "@/lib/present/diff-view";
import { fileName, headline, sourceName, type NamedArticle } from "@/lib/present/names";
import { WordDiff } from "./word-diff";

type CardClaim = {
  id: number;
  key: string;
  start: number;
  end: number;
  text: string;
  article: NamedArticle & { id: number; publishedAt: string | null };
};

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * One outlet's claim as it wrote it. The word diff from the reference sits behind a toggle, and only for claims
 * worded alike (WHOLE_DIFF_MIN_SIMILARITY): for a reworded sentence it would mark nearly everything.
 */
export function ClaimCard({
  claim,
  reference,
  groupKey,
}: {
  claim: CardClaim;
  reference: CardClaim;
  groupKey: string;
}) {
  const isReference = claim.id === reference.id;
  const who = sourceName(claim.article);
  const diff = wordDiff(decodeEntities(reference.text), decodeEntities(claim.text));
  const similarity = wordingSimilarity(diff);
  return (
    <article className={`card ${isReference ? "ref" : ""}`} aria-label={`Claim from ${who}`}>
      <div className="small">
        <strong>{who}</strong> · {claim.article.publishedAt ?? "date not stated"} ·{" "}
        <Link href={`/articles/${claim.article.id}?hl=${claim.start}-${claim.end}&claim=${claim.id}#hl-${claim.start}`}>
          {headline(claim.article)}
        </Link>{" "}
        <span className="muted">({fileName(claim.article.file)})</span>
      </div>
      <p>
        {decodeEntities(claim.text)} {isReference && <em className="small">(reference)</em>}
      </p>
      {!isReference &&
        (similarity >= WHOLE_DIFF_MIN_SIMILARITY ? (
          <details>
            <summary className="small">
              Word differences from the reference ({percent(similarity)} worded alike)
            </summary>
            <p>
              <WordDiff parts={diff} />
            </p>
          </details>
        ) : (
          <p className="small muted">
            Worded differently from the reference ({percent(similarity)} of words in common): no word diff, as it would
            mark nearly every word.
          </p>
        ))}
      <p className="small">
        <Link href={`/claims/${claim.key}`}>Claim page: reviews, flags, history</Link>
        {!isReference && (
          <>
            {" · "}
            <Link href={`/groups/${groupKey}?ref=${encodeURIComponent(claim.key)}`}>Use as reference</Link>
          </>
        )}
      </p>
    </article>
  );
}
