import type { IngestFailure, SourceDocument } from "../lib/ingest/types";
import { loadPaths } from "../lib/ingest/load";
import { contentHash, ingest, IngestError } from "../lib/ingest/index";
import type { Article } from "../lib/ingest/types";
import { analyze } from "../lib/analyze/index";
import { db } from "./db";
import { storeAnalysis } from "./store-analysis";
import { storedDocuments } from "./articles";
import { configureMatcherOnce } from "./match-config";

export type ImportResult = {
  added: number;
  unchanged: number;
  failures: IngestFailure[];
  claims: number;
  groups: number;
};

export async function importPaths(paths: string[]): Promise<ImportResult> {
  const loaded = loadPaths(paths);
  return importDocuments(loaded.documents, loaded.failures);
}

/**
 * Store the new articles, then re-analyse everything stored, all in one transaction:
 * an article already stored (same content hash) changes nothing, and a failure leaves the store as it was.
 */
export async function importDocuments(
  documents: SourceDocument[],
  failures: IngestFailure[] = [],
): Promise<ImportResult> {
  const prisma = db();
  const known = new Set((await prisma.article.findMany({ select: { hash: true } })).map((a) => a.hash));
  const given = failures.length;
  const fresh = new Map<string, { doc: SourceDocument; article: Article }>();
  failures = [...failures];
  for (const doc of documents) {
    const hash = contentHash(doc.raw);
    if (known.has(hash) || fresh.has(hash)) continue;
    try {
      fresh.set(hash, { doc, article: ingest(doc, "new") });
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      failures.push({ file: e.file, reason: e.reason });
    }
  }
  // Documents that failed here were given to us; failures passed in were never documents.
  const unchanged = documents.length - fresh.size - (failures.length - given);
  if (failures.length)
    await prisma.importFailure.createMany({ data: failures.map((f) => ({ file: f.file, reason: f.reason })) });
  if (fresh.size === 0) {
    const [claims, groups] = await Promise.all([prisma.claim.count(), prisma.claimGroup.count()]);
    return { added: 0, unchanged, failures, claims, groups };
  }
  const result = await prisma.$transaction(
    async (tx) => {
      for (const { doc, article } of fresh.values()) {
        const outlet = article.outlet
          ? await tx.outlet.upsert({ where: { name: article.outlet }, create: { name: article.outlet }, update: {} })
          : null;
        await tx.article.create({
          data: {
            hash: article.hash,
            file: doc.file,
            title: article.title,
            raw: doc.raw,
            bodyStart: article.body.start,
            bodyEnd: article.body.end,
            outletId: outlet?.id ?? null,
            publishedAt: article.publishedAt,
            url: article.url,
            meta: JSON.stringify({
              manifest: doc.manifest ?? null,
              outletFrom: article.outletFrom,
              publishedFrom: article.publishedFrom,
              cites: article.cites,
              republishedFrom: article.republishedFrom,
              parts: article.parts,
              format: article.format,
            }),
          },
        });
      }
      const stored = await storedDocuments(tx);
      configureMatcherOnce();
      const analysis = analyze(stored.map((s) => s.document));
      // A new article the analysis refused (over its time budget) is not kept, so no later import pays for it again.
      const analysed = new Set(analysis.articles.map((a) => a.hash));
      for (const { article } of fresh.values()) {
        const refusal = analysis.failures.find((f) => f.file === article.file);
        if (analysed.has(article.hash) || !refusal) continue;
        await tx.article.delete({ where: { hash: article.hash } });
        await tx.importFailure.create({ data: refusal });
        fresh.delete(article.hash);
        failures.push(refusal);
      }
      const rowIds = new Map(analysis.articles.map((a) => [a.id, stored.find((s) => s.hash === a.hash)!.rowId]));
      await storeAnalysis(tx, analysis, rowIds);
      return { claims: analysis.claims.length, groups: analysis.groups.length };
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  return { added: fresh.size, unchanged, failures, ...result };
}
