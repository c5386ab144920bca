import type { Discrepancy } from "./types";

/**
 * Severity 3 contradicts and 2 changes meaning: both make the verdict "discrepancy".
 * Severity 1 is shown as worth a look, 0 is a note; neither counts on its own.
 */
export const COUNTED_SEVERITY = 2;

/** Whether a discrepancy counts towards its group's verdict. */
export function countsTowardVerdict(discrepancy: Pick<Discrepancy, "severity">): boolean {
  return discrepancy.severity >= COUNTED_SEVERITY;
}

/** An editor's flag contradicts, by the editor's word: it counts towards its groups' verdicts like a severity 3. */
export const FLAG_SEVERITY = 3;
