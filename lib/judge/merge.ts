import type { Discrepancy } from "./types";

const MERGED = new Set(["quantity", "date"]);

/**
 * One finding per pair of values ("12 % against 15 %"), listing every claim that states either: several outlets
 * repeating one figure against another make one discrepancy, not one per pair of claims.
 */
export function mergeFindings(found: Discrepancy[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  const byValues = new Map<string, Discrepancy>();
  for (const d of found) {
    if (!MERGED.has(d.kind)) {
      out.push(d);
      continue;
    }
    const key = `${d.kind}|${d.summary.split(" against ").sort().join("|")}`;
    const known = byValues.get(key);
    if (!known) {
      const copy = { ...d, claimIds: [...d.claimIds] };
      byValues.set(key, copy);
      out.push(copy);
      continue;
    }
    for (const id of d.claimIds) if (!known.claimIds.includes(id)) known.claimIds.push(id);
    known.severity = Math.max(known.severity, d.severity);
  }
  return out;
}
