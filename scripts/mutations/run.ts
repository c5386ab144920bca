// Run the pipeline on batches of mixed events, plant mutations, and read off grouped / flagged / counted.
import { analyze, type Analysis } from "../../lib/analyze/index";
import { countsTowardVerdict } from "../../lib/judge/counts";
import type { SourceDocument } from "../../lib/ingest/types";
import type { Claim } from "../../lib/extract/types";
import type { Discrepancy } from "../../lib/judge/types";
import { EXPECTED } from "./config";
import type { EventDoc, Mutation, Outcome } from "./types";
import { configureMatcherOnce } from "../../server/match-config";

configureMatcherOnce();

export type Batch = { events: string[]; docs: EventDoc[]; baseline: Analysis };

export function documents(docs: EventDoc[], mutations: Mutation[] = []): SourceDocument[] {
  return docs.map((d) => {
    const m = mutations.find((x) => x.file === d.file);
    const raw = m ? d.raw.slice(0, m.at) + m.replacement + d.raw.slice(m.at + m.length) : d.raw;
    return { ...d.doc, raw };
  });
}

export function runBatch(events: string[], docs: EventDoc[]): Batch {
  return { events, docs, baseline: analyze(documents(docs)) };
}

/** The claim of `file` whose span covers `at`, if the pipeline made one there. */
export function claimAt(analysis: Analysis, file: string, at: number): Claim | null {
  const article = analysis.articles.find((a) => a.file === file);
  if (!article) return null;
  return analysis.claims.find((c) => c.articleId === article.id && c.start <= at && at < c.end) ?? null;
}

function flags(analysis: Analysis, claimId: string | undefined, kind: string) {
  if (!claimId) return [];
  return analysis.groups.flatMap((g) => g.discrepancies).filter((d) => d.kind === kind && d.claimIds.includes(claimId));
}

export function outcome(m: Mutation, after: Analysis, before: Analysis): Outcome {
  const changed = claimAt(after, m.file, m.at);
  const partner = claimAt(after, m.partnerFile, m.partnerAt);
  const groupOf = new Map(after.groups.flatMap((g) => g.claimIds.map((id) => [id, g.id] as const)));
  const preflagged = flags(before, claimAt(before, m.file, m.at)?.id, EXPECTED[m.kind]).length > 0;
  // A claim flagged before the change (for another value) counts only when a flag names the planted value.
  const names = (d: Discrepancy) => JSON.stringify(d).toLowerCase().includes(m.replacement.toLowerCase());
  const found = flags(after, changed?.id, EXPECTED[m.kind]).filter((d) => !preflagged || names(d));
  const kindsSeen = after.groups
    .flatMap((g) => g.discrepancies)
    .filter((d) => changed && d.claimIds.includes(changed.id))
    .map((d) => `${d.kind}/${d.severity}`);
  return {
    mutation: m,
    changedClaim: changed?.id ?? null,
    partnerClaim: partner?.id ?? null,
    grouped: Boolean(changed && partner && groupOf.get(changed.id) === groupOf.get(partner.id)),
    flagged: found.length > 0,
    counted: found.some(countsTowardVerdict),
    preflagged,
    kindsSeen: [...new Set(kindsSeen)],
  };
}

/** Mutations of one batch in as few runs as possible: never two in one event within a run. */
export function runs(mutations: Mutation[]): Mutation[][] {
  const out: Mutation[][] = [];
  for (const m of mutations) {
    const run = out.find((r) => !r.some((x) => x.event === m.event));
    if (run) run.push(m);
    else out.push([m]);
  }
  return out;
}

export function evaluate(
  batch: Batch,
  mutations: Mutation[],
  explain?: (m: Mutation, after: Analysis) => string,
): Outcome[] {
  return runs(mutations).flatMap((run) => {
    const after = analyze(documents(batch.docs, run));
    return run.map((m) => ({ ...outcome(m, after, batch.baseline), ...(explain ? { why: explain(m, after) } : {}) }));
  });
}
