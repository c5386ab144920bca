import type { Prisma } from "../generated/prisma/client";
import type { IngestFailure } from "../lib/ingest/types";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";
import { KEY_BATCH } from "./batches";

type Tx = Prisma.TransactionClient;

/** What one import brought, for its audit entries: who, into which story (null: separated), what was not added. */
export type ImportAudit = { actor: Actor; target: string | null; unchanged: string[]; refused: IngestFailure[] };

/**
 * One "import" entry per story that received articles, so each story's feed shows what joined it; an import that
 * added nothing still gets one entry, on its target story if it named one. Each lists what was left unchanged and
 * refused, by file name and reason.
 */
export async function recordImport(tx: Tx, audit: ImportAudit, addedIds: number[]): Promise<void> {
  const rows = [];
  for (let i = 0; i < addedIds.length; i += KEY_BATCH) {
    const ids = addedIds.slice(i, i + KEY_BATCH);
    const select = { id: true, file: true, story: true } as const;
    rows.push(...(await tx.article.findMany({ where: { id: { in: ids } }, select, orderBy: { id: "asc" } })));
  }
  const byStory = new Map<string | null, { id: number; file: string }[]>();
  for (const r of rows) byStory.set(r.story, [...(byStory.get(r.story) ?? []), { id: r.id, file: r.file }]);
  if (byStory.size === 0) byStory.set(audit.target, []);
  const refused = audit.refused.map((f) => ({ file: f.file, reason: f.reason }));
  for (const [story, added] of byStory)
    await recordAudit(tx, audit.actor, {
      action: "import",
      target: story ?? "import",
      story,
      after: { into: audit.target, added, unchanged: audit.unchanged, refused },
    });
}
