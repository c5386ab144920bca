import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import type { StoryDecisions } from "../lib/analyze/story";
import type { Override } from "../lib/group/overrides";
import { readJson } from "./stored-json";
import { inBatches } from "./batches";

/** The discrepancy kinds an editor may flag: the judge's own, so a flag reads like the findings beside it. */
export const FLAG_KINDS = ["quantity", "date", "quote", "characterisation", "entity", "modality", "timing"] as const;
export const DECISION_KINDS = ["flag", "split", "move", "merge", "apart"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

const keys = z.array(z.string());
const flagData = z.object({ a: z.string(), b: z.string(), kind: z.enum(FLAG_KINDS), note: z.string() });
export type FlagData = z.infer<typeof flagData>;

/** What Decision.data holds for each kind (prisma/models.prisma). */
export const decisionData = {
  flag: flagData,
  split: z.object({ claimKeys: keys, from: keys }),
  move: z.object({ claimKey: z.string(), into: keys }),
  merge: z.object({ a: keys, b: keys }),
  apart: z.object({ a: z.string(), b: z.string() }),
} as const;

type Row = { id: number; kind: string; data: Prisma.JsonValue };

/** A stored decision's data, typed by its kind; a row that does not fit is named. */
export function readDecision(row: Row): { id: number; flag: FlagData } | { id: number; override: Override } {
  const kind = z.enum(DECISION_KINDS).parse(row.kind);
  const column = `Decision ${row.id}.data`;
  if (kind === "flag") return { id: row.id, flag: readJson(flagData, row.data, column) };
  if (kind === "split") return { id: row.id, override: { kind, ...readJson(decisionData.split, row.data, column) } };
  if (kind === "move") return { id: row.id, override: { kind, ...readJson(decisionData.move, row.data, column) } };
  if (kind === "merge") return { id: row.id, override: { kind, ...readJson(decisionData.merge, row.data, column) } };
  return { id: row.id, override: { kind, ...readJson(decisionData.apart, row.data, column) } };
}

type Reader = Pick<Prisma.TransactionClient, "decision">;

/** A decision as exports show it: its kind and the data it was stored with, claims named by key. */
export type DecisionView = {
  [K in DecisionKind]: { id: number; at: Date; kind: K; data: z.infer<(typeof decisionData)[K]> };
}[DecisionKind];

/** The decisions made on these claims (a story's, say), oldest first: the order they apply in. */
export async function decisionsOn(tx: Reader, claimKeys: readonly string[]): Promise<DecisionView[]> {
  const rows = await inBatches(claimKeys, (batch) => tx.decision.findMany({ where: { claimKey: { in: batch } } }));
  return rows
    .sort((a, b) => a.id - b.id)
    .map((row) => {
      const kind = z.enum(DECISION_KINDS).parse(row.kind);
      const schema: z.ZodType<DecisionView["data"]> = decisionData[kind];
      const data = readJson(schema, row.data, `Decision ${row.id}.data`);
      // The data was read with its kind's schema; TypeScript cannot tie the two together by itself.
      return { id: row.id, at: row.createdAt, kind, data } as DecisionView;
    });
}

/**
 * Every editor decision that shapes analysis, oldest first. The overlay ignores decisions whose claims are not in
 * the story it analyses, so one list serves every story (decisions are few beside claims).
 */
export async function storedDecisions(tx: Reader): Promise<StoryDecisions> {
  const rows = await tx.decision.findMany({ orderBy: { id: "asc" } });
  const read = rows.map(readDecision);
  return {
    overrides: read.flatMap((d) => ("override" in d ? [d.override] : [])),
    flags: read.flatMap((d) => ("flag" in d ? [d.flag] : [])),
  };
}
