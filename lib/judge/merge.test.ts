import { describe, expect, it } from "vitest";
import type { Discrepancy, DiscrepancyKind } from "./types";
import { mergeFindings } from "./merge";

const finding = (kind: DiscrepancyKind, claimIds: string[], summary: string, severity = 3): Discrepancy => ({
  kind,
  claimIds,
  summary,
  severity,
  evidence: {},
});
const FORTY = `40 nurse ("40 nurses")`;
const FIFTY = `50 nurse ("50 nurses")`;

describe("mergeFindings: one finding per pair of values", () => {
  it("merges the same two values in either order, listing every claim once, at the highest severity", () => {
    const merged = mergeFindings([
      finding("quantity", ["c1", "c2"], `${FORTY} against ${FIFTY}`, 2),
      finding("quantity", ["c3", "c2"], `${FIFTY} against ${FORTY}`, 3),
      finding("quantity", ["c4", "c1"], `${FORTY} against ${FIFTY}`, 1),
    ]);
    expect(merged.map((d) => [d.kind, d.claimIds, d.summary, d.severity])).toEqual([
      ["quantity", ["c1", "c2", "c3", "c4"], `${FORTY} against ${FIFTY}`, 3],
    ]);
  });

  it("merges dates too, but never a quantity with a date or findings of other kinds", () => {
    const merged = mergeFindings([
      finding("date", ["c1", "c2"], `"June 3" against "June 4"`),
      finding("date", ["c3", "c4"], `"June 4" against "June 3"`),
      finding("quantity", ["c5", "c6"], `"June 3" against "June 4"`),
      finding("quote", ["c1", "c2"], "quoted differently"),
      finding("quote", ["c3", "c4"], "quoted differently"),
    ]);
    expect(merged.map((d) => [d.kind, d.claimIds])).toEqual([
      ["date", ["c1", "c2", "c3", "c4"]],
      ["quantity", ["c5", "c6"]],
      ["quote", ["c1", "c2"]],
      ["quote", ["c3", "c4"]],
    ]);
  });

  it("keeps other pairs of values apart", () => {
    const merged = mergeFindings([
      finding("quantity", ["c1", "c2"], `${FORTY} against ${FIFTY}`),
      finding("quantity", ["c1", "c3"], `${FORTY} against 60 nurse ("60 nurses")`),
    ]);
    expect(merged).toHaveLength(2);
  });

  it("leaves its input as it was", () => {
    const first = finding("quantity", ["c1", "c2"], `${FORTY} against ${FIFTY}`, 2);
    mergeFindings([first, finding("quantity", ["c3"], `${FIFTY} against ${FORTY}`, 3)]);
    expect([first.claimIds, first.severity]).toEqual([["c1", "c2"], 2]);
  });
});
