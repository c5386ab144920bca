import type { IngestFailure, SourceDocument } from "../lib/ingest/types";
import { loadPaths } from "../lib/ingest/load";
import { contentHash, ingest, IngestError } from "../lib/ingest/index";
import { visibleWords } from "../lib/ingest/visible-words";
import type { Article } from "../lib/ingest/types";
import type { Claim } from "../lib/extract/types";
import { extractInBudget } from "../lib/analyze/index";
import { BudgetExceededError } from "../lib/analyze/budget";
import type { Prisma } from "../generated/prisma/client";
import { db } from "./db";
import { readArticleMeta } from "./stored-json";
import { insertArticles, type ArticleRow, type StoredArticle } from "./article-rows";
import { reanalyse, UNSTORED, type Reanalysis } from "./reanalysis";
import { indexNewTerms } from "./story-terms";
import { serialiseImports } from "./import-lock";
import { whileBusy } from "./store-retry";
import type { OnProgress } from "../lib/ingest/progress";
import { LOCAL_ACTOR, requireRole, type Actor } from "./actor";
import { recordImport, type ImportAudit } from "./import-audit";
import { storyByRef } from "./story-rows";

export type ImportResult = {
  added: number;
  unchanged: number;
  failures: IngestFailure[];
  /** Claims and groups stored in all: unchanged stories' rows plus the re-analysed ones'. */
  claims: number;
  groups: number;
  /** What the re-analysis did; absent when nothing new was stored. */
  reanalysis?: Reanalysis;
  /** The story the articles were imported into, or null when the automatic story separation placed them. */
  story: string | null;
};

type Reader = Pick<Prisma.TransactionClient, "article">;

/** Which of these content hashes are stored already. */
async function storedHashes(reader: Reader, hashes: string[]): Promise<Set<string>> {
  const rows = await reader.article.findMany({ where: { hash: { in: hashes } }, select: { hash: true } });
  return new Set(rows.map((r) => r.hash));
}

/**
 * The stored article with this canonical URL that no later version replaces, or null. Imported again with other
 * content, a page becomes that article's next version rather than a second outlet's article.
 */
async function currentVersion(reader: Reader, url: string | null) {
  if (!url) return null;
  const select = {
    id: true,
    story: true,
    placed: true,
    title: true,
    raw: true,
    bodyStart: true,
    bodyEnd: true,
    meta: true,
  } as const;
  return reader.article.findFirst({ where: { url, next: null }, orderBy: { id: "desc" }, select });
}

export type ImportOptions = {
  /** Told as each document is extracted, refused or found stored, and again once it is stored and analysed. */
  onProgress?: OnProgress;
  /** The story to import into, by id or exact title; without one, the automatic story separation suggests stories. */
  story?: string | null;
  /** Who imports: checked for the editor role and named in the audit log. */
  actor?: Actor;
};

export async function importPaths(paths: string[], options: ImportOptions = {}): Promise<ImportResult> {
  const loaded = loadPaths(paths);
  for (const d of loaded.documents) options.onProgress?.({ source: d.file, state: "queued" });
  for (const f of loaded.failures) options.onProgress?.({ source: f.file, state: "failed", reason: f.reason });
  return importDocuments(loaded.documents, loaded.failures, options);
}

/**
 * Store the new articles with their extracted claims, then re-analyse the stories they join (and only those), all
 * in one transaction: an article already stored (same content hash) changes nothing, and a failure leaves the store
 * as it was.
 */
export async function importDocuments(
  documents: SourceDocument[],
  failures: IngestFailure[] = [],
  { onProgress = () => {}, story = null, actor = LOCAL_ACTOR }: ImportOptions = {},
): Promise<ImportResult> {
  requireRole(actor, "editor");
  const prisma = db();
  // A story named wrongly is refused before any extraction is paid for.
  const target = story === null ? null : (await storyByRef(prisma, story)).id;
  const hashes = documents.map((d) => contentHash(d.raw));
  const known = await storedHashes(prisma, hashes);
  const given = failures.length;
  const fresh: Fresh = new Map();
  failures = [...failures];
  const extractStart = performance.now();
  for (const [i, doc] of documents.entries()) {
    const hash = hashes[i]!;
    if (known.has(hash) || fresh.has(hash)) {
      onProgress({ source: doc.file, state: "unchanged" });
      continue;
    }
    try {
      // Extraction is the costly part: done here, outside the transaction, so the store is locked only for writes.
      const article = ingest(doc, UNSTORED);
      fresh.set(hash, { doc, article, claims: extractInBudget(article) });
      onProgress({ source: doc.file, state: "extracted" });
    } catch (e) {
      const refusal = refusalOf(e, doc);
      failures.push(refusal);
      onProgress({ source: doc.file, state: "failed", reason: refusal.reason });
    }
  }
  const extractMs = performance.now() - extractStart;
  // Documents that failed here were given to us; failures passed in were never documents.
  const unchanged = documents.length - fresh.size - (failures.length - given);
  if (failures.length)
    await whileBusy(() =>
      prisma.importFailure.createMany({ data: failures.map((f) => ({ file: f.file, reason: f.reason })) }),
    );
  const unchangedFiles = documents.filter((_, i) => known.has(hashes[i]!)).map((d) => d.file);
  const audit = { actor, target, unchanged: unchangedFiles, refused: failures };
  if (fresh.size === 0) {
    await whileBusy(() => prisma.$transaction((tx) => recordImport(tx, audit, [])));
    const [claims, groups] = await Promise.all([prisma.claim.count(), prisma.claimGroup.count()]);
    return { added: 0, unchanged, failures, claims, groups, story: target };
  }
  // Another import holding the store makes this one wait its turn, in rounds (whileBusy), instead of failing.
  const result = await whileBusy(() => storeFresh(prisma, fresh, extractMs, audit));
  const { late, ...counts } = result;
  for (const { doc, article } of fresh.values())
    onProgress({ source: doc.file, state: late.has(article.hash) ? "unchanged" : "analysed" });
  return { added: fresh.size - late.size, unchanged: unchanged + late.size, failures, ...counts, story: target };
}

type StoredVersion = {
  id: number;
  title: string | null;
  raw: string;
  bodyStart: number;
  bodyEnd: number;
  meta: unknown;
};

/**
 * Two fetches of one web page that a reader could not tell apart: both HTML, the same headline and the same body
 * words. Text and markdown are compared as they are (their bytes are what the reader sees), and markup too odd to
 * read counts as a change, never as a reason to fail the import.
 */
function sameToReaders(stored: StoredVersion, article: Article): boolean {
  if (article.format !== "html" || readArticleMeta(stored.id, stored.meta).format !== "html") return false;
  if (stored.title !== article.title) return false;
  try {
    const storedWords = visibleWords(stored.raw, { start: stored.bodyStart, end: stored.bodyEnd });
    return storedWords === visibleWords(article.raw, article.body);
  } catch {
    return false;
  }
}

/** Why a document was refused; anything but a refusal is a bug and is thrown on. */
function refusalOf(e: unknown, doc: SourceDocument): IngestFailure {
  if (e instanceof IngestError) return { file: e.file, reason: e.reason };
  // An article over its time budget is refused by name and not kept, so no later import pays for it again.
  if (e instanceof BudgetExceededError) return { file: doc.file, reason: e.message };
  throw e;
}

/** The outlet's row id, created on first sight; remembered for the rest of the import. */
async function outletRow(tx: Prisma.TransactionClient, known: Map<string, number>, name: string): Promise<number> {
  const id = known.get(name) ?? (await tx.outlet.upsert({ where: { name }, create: { name }, update: {} })).id;
  known.set(name, id);
  return id;
}

type Fresh = Map<string, { doc: SourceDocument; article: Article; claims: Claim[] }>;

/** The import's one transaction: store the new articles, then re-analyse the stories they join. */
function storeFresh(prisma: ReturnType<typeof db>, fresh: Fresh, extractMs: number, audit: ImportAudit) {
  return prisma.$transaction(
    async (tx) => {
      await serialiseImports(tx);
      // Another import may have stored some of them while this one waited for its turn.
      const late = await storedHashes(tx, [...fresh.keys()]);
      const t0 = performance.now();
      const outlets = new Map<string, number>();
      const stories = new Set<string>();
      let awaiting = 0;
      const pending: ArticleRow[] = [];
      const pendingUrls = new Set<string>();
      const added: StoredArticle[] = [];
      const flush = async () => {
        added.push(...(await insertArticles(tx, pending.splice(0))));
        pendingUrls.clear();
      };
      for (const { doc, article, claims } of fresh.values()) {
        if (late.has(article.hash)) continue;
        const outletId = article.outlet ? await outletRow(tx, outlets, article.outlet) : null;
        // A page fetched twice in one import: the first is stored before the second looks for its earlier version.
        if (article.url && pendingUrls.has(article.url)) await flush();
        const previous = await currentVersion(tx, article.url);
        // Fetched again with other bytes but the same headline and body words: the same article, not a new version.
        if (previous && sameToReaders(previous, article)) {
          late.add(article.hash);
          continue;
        }
        // A later version stays in its earlier one's story unless it is imported into another; a new article
        // imported without a story waits (story null) for the automatic story separation.
        const story = audit.target ?? previous?.story ?? null;
        if (story) stories.add(story);
        else awaiting++;
        const placed = audit.target !== null || (previous?.placed ?? false);
        pending.push({ doc, article, claims, outletId, previousId: previous?.id ?? null, story, placed });
        if (article.url) pendingUrls.add(article.url);
      }
      await flush();
      await indexNewTerms(tx, added);
      const imported = performance.now() - t0;
      const scope = { stories, separate: awaiting > 0 };
      const reanalysis = added.length ? await reanalyse(tx, scope) : undefined;
      await recordImport(
        tx,
        audit,
        added.map((a) => a.rowId),
      );
      if (reanalysis)
        Object.assign(reanalysis.timings, { import: imported, extract: reanalysis.timings.extract + extractMs });
      const [claims, groups] = await Promise.all([tx.claim.count(), tx.claimGroup.count()]);
      return { late, claims, groups, ...(reanalysis ? { reanalysis } : {}) };
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}
