import { createHash } from "node:crypto";
import type { Article } from "../ingest/types";
import type { Claim } from "../extract/types";
import type { Fact, FactLink } from "../facts/index";
import type { ClaimCluster } from "../group/index";
import type { EntityVariant } from "../group/entities";
import type { Discrepancy, EditorFlag, Group, Verdict } from "./types";
import { origins } from "./origins";
import { countsTowardVerdict, FLAG_SEVERITY } from "./counts";
import { decodeEntities } from "../ingest/html";
import { clipAtWord } from "../present/clip";
import { dateClashes, quantityClashes, timingNote, type DatedFact, type SameFact } from "./facts";
import { sameFact } from "./same-fact";
import { factClashes } from "./fact-clashes";
import { pairKey } from "./pairs";
import { mergeFindings } from "./merge";
import { labelClashes, quoteClashes } from "./wording";
import { modalityClashes } from "./modality";
import { entityClashes } from "./names";

export type * from "./types";

/** Longest group label stored, cut at a word (with an ellipsis) so no page shows half a word. */
export const GROUP_LABEL_CHARACTERS = 140;

type Context = {
  claims: Map<string, Claim>;
  articles: Map<string, Article>;
  variants: EntityVariant[];
  storyOf: (articleId: string) => string;
  facts: Fact[];
  links: FactLink[];
  /** Editors' flags (lib/group/overrides.ts applies their restructuring before this). */
  flags?: EditorFlag[];
};

/** What the judge looks up per pair: the fact links between two claims and each claim's dated facts. */
type Lookup = {
  links: Map<string, FactLink[]>;
  linked: Set<string>;
  datesOf: (claimId: string) => DatedFact[];
  oneFact: SameFact;
};

function lookup(ctx: Context): Lookup {
  const links = new Map<string, FactLink[]>();
  for (const l of ctx.links) links.set(pairKey(l.a, l.b), [...(links.get(pairKey(l.a, l.b)) ?? []), l]);
  const dates = new Map<string, DatedFact[]>();
  for (const f of ctx.facts) {
    if (f.kind !== "date") continue;
    const facet = ctx.claims.get(f.claimId)?.facets.dates.find((d) => d.start === f.start && d.end === f.end);
    if (facet) dates.set(f.claimId, [...(dates.get(f.claimId) ?? []), { facet, verbs: f.verbs, noun: f.noun }]);
  }
  return { links, linked: new Set(links.keys()), datesOf: (id) => dates.get(id) ?? [], oneFact: sameFact(ctx.facts) };
}

/** Verdicts, discrepancies with their evidence, independent origins, and a ranking: discrepancies first. */
export function judge(clusters: ClaimCluster[], ctx: Context): Group[] {
  const byPair = lookup(ctx);
  const across = linksAcross(clusters, ctx);
  const groups = clusters.map((cluster, i) => judgeOne(cluster, i, ctx, byPair, across.get(i) ?? []));
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

/**
 * Fact links whose two claims ended in different groups: a long sentence joins one group on one of its facts, yet
 * its other facts still contradict claims elsewhere. Each such pair is judged in both claims' groups.
 */
function linksAcross(clusters: ClaimCluster[], ctx: Context): Map<number, [Claim, Claim][]> {
  const clusterOf = new Map<string, number>();
  clusters.forEach((c, i) => c.claimIds.forEach((id) => clusterOf.set(id, i)));
  const out = new Map<number, [Claim, Claim][]>();
  const add = (i: number, pair: [Claim, Claim]) => out.set(i, [...(out.get(i) ?? []), pair]);
  for (const l of ctx.links) {
    const [ia, ib] = [clusterOf.get(l.a), clusterOf.get(l.b)];
    const [a, b] = [ctx.claims.get(l.a), ctx.claims.get(l.b)];
    if (ia === undefined || ib === undefined || ia === ib || !a || !b) continue;
    add(ia, [a, b]);
    add(ib, [b, a]);
  }
  return out;
}

function judgeOne(cluster: ClaimCluster, index: number, ctx: Context, facts: Lookup, across: [Claim, Claim][]): Group {
  const members = cluster.claimIds.map((id) => ctx.claims.get(id)!);
  const pairs: [Claim, Claim][] = [];
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) pairs.push([members[i]!, members[j]!]);
  const found = origins(members, ctx.articles);
  const discrepancies: Discrepancy[] = mergeFindings([
    ...factClashes(pairs, facts.links),
    ...factClashes(across, facts.links, true),
    ...quantityClashes(pairs, facts.linked, facts.oneFact),
    ...dateClashes(pairs, facts.datesOf, facts.linked),
    ...quoteClashes(pairs),
    ...labelClashes(members),
    ...(members.length > 1 ? modalityClashes(members) : []),
    ...entityClashes(
      members,
      ctx.variants,
      (id) => ctx.storyOf(id),
      (id) => ctx.claims.get(id)?.articleId,
    ),
    ...timingNote(members, ctx.articles),
  ]).sort((a, b) => b.severity - a.severity);
  // Severity 1 is shown but does not by itself make a discrepancy; 0 is a note.
  const inGroup = new Set(cluster.claimIds);
  const flagged = (ctx.flags ?? []).filter((f) => inGroup.has(f.a) || inGroup.has(f.b));
  const real = [
    ...discrepancies.filter((d) => countsTowardVerdict(d)),
    ...flagged.map((f) => ({ kind: f.kind, severity: FLAG_SEVERITY })),
  ];
  const verdict: Verdict = real.length > 0 ? "discrepancy" : found.length <= 1 ? "single-source" : "agree";
  const lead = [...members].sort((a, b) => b.worthiness - a.worthiness)[0]!;
  return {
    id: `g${index + 1}`,
    key: groupKey(members, ctx.articles),
    storyId: ctx.storyOf(lead.articleId),
    claimIds: cluster.claimIds,
    verdict,
    verdictReason: reason(verdict, real, found.length, members.length, flagged.length),
    origins: found,
    originCount: found.length,
    discrepancies,
    matches: cluster.matches,
    severity: real.reduce((s, d) => s + d.severity, 0),
    rank: 0,
    label: clipAtWord(decodeEntities(lead.text), GROUP_LABEL_CHARACTERS),
  };
}

type Counted = Pick<Discrepancy, "kind" | "severity">;

function reason(verdict: Verdict, real: Counted[], originCount: number, size: number, flags: number): string {
  if (verdict === "discrepancy") {
    const kinds = [...new Set(real.map((d) => d.kind))].join(", ");
    const byEditor = flags > 0 ? ` (${flags} flagged by an editor)` : "";
    return `${real.length} difference${real.length > 1 ? "s" : ""}: ${kinds}${byEditor}`;
  }
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
