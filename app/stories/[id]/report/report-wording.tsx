import type { ReportClaim } from "@/server/export-report";
import { WordDiff } from "../../../components/word-diff";

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * What one outlet says: the first-published claim as written, a claim worded alike as a word diff from it, and a
 * reworded one as written, with how much of it is in common (a word diff would mark nearly every word).
 */
export function ReportWording({ claim }: { claim: ReportClaim }) {
  if (claim.diff) return <WordDiff parts={claim.diff} />;
  if (claim.similarity === null)
    return (
      <>
        {claim.text} <span className="report-aside">(first published)</span>
      </>
    );
  return (
    <>
      {claim.text}{" "}
      <span className="report-aside">
        (worded differently: {percent(claim.similarity)} of words in common, so no word diff)
      </span>
    </>
  );
}
