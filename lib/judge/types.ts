import type { Match } from "../match/types";

export type DiscrepancyKind = "quantity" | "date" | "quote" | "characterisation" | "entity" | "modality" | "timing";

export type Discrepancy = {
  kind: DiscrepancyKind;
  claimIds: string[];
  summary: string;
  /** 3 contradicts, 2 changes meaning (both make the verdict a discrepancy), 1 worth a look, 0 a note. */
  severity: number;
  evidence: Record<string, unknown>;
};

export type Origin = { key: string; label: string; claimIds: string[]; via: string };

export type Verdict = "agree" | "discrepancy" | "single-source";

export type Group = {
  id: string;
  key: string;
  storyId: string;
  claimIds: string[];
  verdict: Verdict;
  verdictReason: string;
  origins: Origin[];
  originCount: number;
  discrepancies: Discrepancy[];
  matches: Match[];
  severity: number;
  rank: number;
  label: string;
};

/**
 * An editor's flag: claim `a` is inconsistent with claim `b` (pipeline ids), a discrepancy the tool missed. It counts
 * in the verdict of every group holding either claim; pages show it from the stored decision, beside the derived ones.
 */
export type EditorFlag = { a: string; b: string; kind: DiscrepancyKind; note: string };
