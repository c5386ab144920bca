import { createHash } from "node:crypto";
import type { Article } from "../ingest/types";
import type { Claim } from "../extract/types";
import type { ClaimCluster } from "../group/index";
import type { EntityVariant } from "../group/entities";
import type { Discrepancy, Group, Verdict } from "./types";
import { origins } from "./origins";
import { countsTowardVerdict } from "./counts";
import { decodeEntities } from "../ingest/html";
import { dateClashes, quantityClashes, timingNote } from "./facts";
import { entityClashes, labelClashes, modalityClashes, quoteClashes } from "./wording";

export type * from "./types";

type Context = {
  claims: Map<string, Claim>;
  articles: Map<string, Article>;
  variants: EntityVariant[];
  storyOf: (articleId: string) => string;
};

/** Verdicts, discrepancies with their evidence, independent origins, and a ranking: discrepancies first. */
export function judge(clusters: ClaimCluster[], ctx: Context): Group[] {
  const groups = clusters.map((cluster, i) => judgeOne(cluster, i, ctx));
  const order: Record<Verdict, number> = { discrepancy: 0, agree: 1, "single-source": 2 };
  const worth = (g: Group) => Math.max(...g.claimIds.map((id) => ctx.claims.get(id)?.worthiness ?? 0));
  groups.sort(
    (a, b) =>
      order[a.verdict] - order[b.verdict] ||
      b.severity * b.originCount - a.severity * a.originCount ||
      b.claimIds.length - a.claimIds.length ||
      worth(b) - worth(a),
  );
  groups.forEach((g, i) => {
    g.rank = i + 1;
    g.id = `g${i + 1}`;
  });
  return groups;
}

function judgeOne(cluster: ClaimCluster, index: number, ctx: Context): Group {
  const members = cluster.claimIds.map((id) => ctx.claims.get(id)!);
  const pairs: [Claim, Claim][] = [];
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) pairs.push([members[i]!, members[j]!]);
  const found = origins(members, ctx.articles);
  const discrepancies: Discrepancy[] = [
    ...quantityClashes(pairs),
    ...dateClashes(pairs),
    ...quoteClashes(pairs),
    ...labelClashes(members),
    ...(members.length > 1 ? modalityClashes(members) : []),
    ...entityClashes(members, ctx.variants),
    ...timingNote(members, ctx.articles),
  ].sort((a, b) => b.severity - a.severity);
  // Severity 1 is shown but does not by itself make a discrepancy; 0 is a note.
  const real = discrepancies.filter((d) => countsTowardVerdict(d));
  const verdict: Verdict = real.length > 0 ? "discrepancy" : found.length <= 1 ? "single-source" : "agree";
  const lead = [...members].sort((a, b) => b.worthiness - a.worthiness)[0]!;
  return {
    id: `g${index + 1}`,
    key: groupKey(members, ctx.articles),
    storyId: ctx.storyOf(lead.articleId),
    claimIds: cluster.claimIds,
    verdict,
    verdictReason: reason(verdict, real, found.length, members.length),
    origins: found,
    originCount: found.length,
    discrepancies,
    matches: cluster.matches,
    severity: real.reduce((s, d) => s + d.severity, 0),
    rank: 0,
    label: decodeEntities(lead.text).replace(/\s+/g, " ").slice(0, 140),
  };
}

function reason(verdict: Verdict, real: Discrepancy[], originCount: number, size: number): string {
  if (verdict === "discrepancy")
    return `${real.length} difference${real.length > 1 ? "s" : ""}: ${[...new Set(real.map((d) => d.kind))].join(", ")}`;
  if (verdict === "agree") return `${originCount} independent origins say the same thing`;
  return size === 1 ? "only one outlet makes this claim" : `${size} claims, but all trace back to one origin`;
}

/** Stable across re-analysis while the members stay the same: editor reviews hang on it. */
function groupKey(members: Claim[], articles: Map<string, Article>): string {
  const parts = members.map((c) => claimKey(c, articles.get(c.articleId)?.hash ?? c.articleId)).sort();
  return createHash("sha256").update(parts.join("|")).digest("hex").slice(0, 20);
}

/** A claim's identity that survives re-analysis: its article's content hash and its offsets. */
export function claimKey(claim: Claim, articleHash: string): string {
  return `${articleHash.slice(0, 16)}:${claim.start}:${claim.end}`;
}
