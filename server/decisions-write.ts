import { db } from "./db";
import type { Actor } from "./actor";
import { recordAudit, type AuditWrite } from "./audit";
import { serialiseImports } from "./import-lock";
import { WEB_WRITE_WAIT_MS, whileBusy } from "./store-retry";
import { toJson } from "./stored-json";
import { reanalyseStoryNow } from "./decisions-apply";
import type { DecisionKind } from "./decisions-store";

export type DecisionWrite = {
  kind: DecisionKind;
  claimKey: string;
  data: Record<string, unknown>;
  story: string;
  audit: Omit<AuditWrite, "story">;
};

/** Longest a decision's transaction may run: it re-analyses one story, which a large story takes seconds to do. */
const DECISION_TIMEOUT_MS = 120_000;

/**
 * Store one decision, its audit entry and its story's re-analysis in one transaction, after any import running
 * now (imports and decisions both replace a story's derived rows), so a decision shows at once and the store is
 * never left with a decision its groups do not reflect.
 */
export async function writeDecision(actor: Actor, write: DecisionWrite): Promise<number> {
  const run = () =>
    db().$transaction(
      async (tx) => {
        await serialiseImports(tx);
        const row = await tx.decision.create({
          data: { kind: write.kind, claimKey: write.claimKey, data: toJson(write.data) },
        });
        await recordAudit(tx, actor, {
          ...write.audit,
          story: write.story,
          after: { ...write.audit.after, id: row.id },
        });
        await reanalyseStoryNow(tx, write.story);
        return row.id;
      },
      { timeout: DECISION_TIMEOUT_MS, maxWait: WEB_WRITE_WAIT_MS },
    );
  return whileBusy(run, WEB_WRITE_WAIT_MS);
}
