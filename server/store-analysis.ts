import type { Prisma } from "../generated/prisma/client";
import type { Analysis } from "../lib/analyze/index";
import { claimKey } from "../lib/judge/index";

type Tx = Prisma.TransactionClient;

/** Replace every derived row (claims, groups, discrepancies) with this analysis. Reviews are keyed by group key and stay. */
export async function storeAnalysis(tx: Tx, analysis: Analysis, articleRowIds: Map<string, number>): Promise<void> {
  await tx.discrepancy.deleteMany();
  await tx.claim.deleteMany();
  await tx.claimGroup.deleteMany();
  const hashOf = new Map(analysis.articles.map((a) => [a.id, a.hash]));
  const claimKeys = new Map(analysis.claims.map((c) => [c.id, claimKey(c, hashOf.get(c.articleId) ?? c.articleId)]));
  const groupOf = new Map<string, number>();
  for (const g of analysis.groups) {
    const row = await tx.claimGroup.create({
      data: {
        key: g.key,
        verdict: g.verdict,
        origins: g.originCount,
        severity: g.severity,
        rank: g.rank,
        label: g.label,
        story: g.storyId,
        evidence: JSON.stringify({
          storyId: g.storyId,
          verdictReason: g.verdictReason,
          origins: g.origins.map((o) => ({ ...o, claimKeys: o.claimIds.map((id) => claimKeys.get(id)) })),
          matches: g.matches.map((m) => ({ ...m, a: claimKeys.get(m.a), b: claimKeys.get(m.b) })),
        }),
      },
    });
    for (const id of g.claimIds) groupOf.set(id, row.id);
    if (g.discrepancies.length) {
      await tx.discrepancy.createMany({
        data: g.discrepancies.map((d) => ({
          groupId: row.id,
          kind: d.kind,
          severity: d.severity,
          summary: d.summary,
          claimKeys: JSON.stringify(d.claimIds.map((id) => claimKeys.get(id))),
          evidence: JSON.stringify(d.evidence),
        })),
      });
    }
  }
  for (const story of analysis.stories) {
    await tx.article.updateMany({
      where: { id: { in: story.articleIds.map((id) => articleRowIds.get(id)!) } },
      data: { story: story.id },
    });
  }
  await tx.claim.createMany({
    data: analysis.claims.map((c) => ({
      key: claimKeys.get(c.id)!,
      articleId: articleRowIds.get(c.articleId)!,
      start: c.start,
      end: c.end,
      text: c.text,
      kind: c.kind,
      modality: c.facets.modality.value,
      worthiness: c.worthiness,
      facets: JSON.stringify({ ...c.facets, worthinessReasons: c.worthinessReasons }),
      groupId: groupOf.get(c.id) ?? null,
    })),
  });
}
