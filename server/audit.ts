import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { db } from "./db";
import type { Actor } from "./actor";
import { jsonObjectSchema, readJson, toJson } from "./stored-json";

/** Every kind of write the audit log records. */
export const AUDIT_ACTIONS = [
  "import",
  "review",
  "flag",
  "split",
  "move",
  "merge",
  "apart",
  "story",
  "user",
  "token",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One write: what was acted on, in which story, and the state before and after (null where there was none). */
export type AuditWrite = {
  action: AuditAction;
  target: string;
  story?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

type Writer = Pick<Prisma.TransactionClient, "auditEntry">;

/**
 * Append one entry. Callers pass their transaction, so the entry is stored with the write it records or not at all.
 * There is no update or delete beside it: the log is append-only.
 */
export async function recordAudit(tx: Writer, actor: Actor, write: AuditWrite): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: actor.userId,
      actorName: actor.name,
      action: write.action,
      target: write.target,
      story: write.story ?? null,
      ...(write.before ? { before: toJson(write.before) } : {}),
      ...(write.after ? { after: toJson(write.after) } : {}),
    },
  });
}

const entrySchema = z.object({
  id: z.number().int(),
  at: z.date(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  story: z.string().nullable(),
  target: z.string(),
  before: jsonObjectSchema.nullable(),
  after: jsonObjectSchema.nullable(),
});
export type AuditEntryView = z.infer<typeof entrySchema>;

/**
 * Newest first, by story, by the things acted on (a group's key and its claims' keys) or by kind of write, at most
 * `take` entries (null: all of them, as an export holds).
 */
export async function auditEntries(
  where: { story?: string; targets?: string[]; action?: AuditAction },
  take: number | null = 200,
): Promise<AuditEntryView[]> {
  const rows = await db().auditEntry.findMany({
    where: {
      ...(where.story ? { story: where.story } : {}),
      ...(where.targets ? { target: { in: where.targets } } : {}),
      ...(where.action ? { action: where.action } : {}),
    },
    orderBy: { id: "desc" },
    ...(take === null ? {} : { take }),
  });
  return rows.map((r) => readJson(entrySchema, r, `audit entry ${r.id}`));
}
