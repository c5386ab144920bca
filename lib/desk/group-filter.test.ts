import { describe, expect, it } from "vitest";
import { matchesFilter, type FilterableGroup } from "./group-filter";

const group: FilterableGroup = {
  verdict: "discrepancy",
  discrepancies: [{ kind: "quantity", severity: 2 }],
  claims: [
    { text: "The council approved 42 new homes.", outlet: "Ledger", publishedAt: "2024-03-12T09:00:00Z" },
    { text: "Councillors backed 40 homes.", outlet: "Courier", publishedAt: null },
  ],
  review: { status: "disputed", reviewer: "ana" },
};

describe("a group list's filter", () => {
  it("keeps a group every given field holds for, and any group for an empty filter", () => {
    expect(matchesFilter(group, {})).toBe(true);
    expect(
      matchesFilter(group, {
        verdict: "discrepancy",
        kind: "quantity",
        severity: 2,
        outlet: "Courier",
        status: "disputed",
        reviewer: "ana",
        from: "2024-03-12",
        to: "2024-03-12",
        q: "COUNCIL 42",
      }),
    ).toBe(true);
  });

  it("drops a group when any one field fails", () => {
    expect(matchesFilter(group, { verdict: "agree" })).toBe(false);
    expect(matchesFilter(group, { kind: "date" })).toBe(false);
    expect(matchesFilter(group, { severity: 3 })).toBe(false);
    expect(matchesFilter(group, { outlet: "ledger" })).toBe(false);
    expect(matchesFilter(group, { status: "confirmed" })).toBe(false);
    expect(matchesFilter(group, { reviewer: "ben" })).toBe(false);
    expect(matchesFilter(group, { from: "2024-03-13" })).toBe(false);
    expect(matchesFilter(group, { to: "2024-03-11" })).toBe(false);
    // Both words must be in one claim: "42" is in the first, "backed" in the second.
    expect(matchesFilter(group, { q: "42 backed" })).toBe(false);
  });

  it("counts a group nobody reviewed as unreviewed, with no reviewer", () => {
    const fresh = { ...group, review: null };
    expect(matchesFilter(fresh, { status: "unreviewed" })).toBe(true);
    expect(matchesFilter(fresh, { status: "disputed" })).toBe(false);
    expect(matchesFilter(fresh, { reviewer: "ana" })).toBe(false);
  });

  it("counts an editor's flag as a discrepancy of its kind", () => {
    const flagged = { ...group, discrepancies: [], flags: [{ kind: "date" }] };
    expect(matchesFilter(flagged, { kind: "date" })).toBe(true);
    expect(matchesFilter(flagged, { kind: "quantity" })).toBe(false);
    expect(matchesFilter({ ...group, flags: [{ kind: "quote" }] }, { kind: "quantity" })).toBe(true);
  });

  it("leaves undated claims out of a date range", () => {
    const undated = { ...group, claims: [group.claims[1]!] };
    expect(matchesFilter(undated, { from: "2000-01-01" })).toBe(false);
  });
});
