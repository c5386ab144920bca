import { describe, expect, it } from "vitest";
import { retiredKeyTargets } from "./lineage";

describe("retiredKeyTargets", () => {
  it("leads a retired key to the new group holding most of its claims", () => {
    const before = [{ key: "old", claimKeys: ["a", "b", "c"] }];
    const after = [
      { key: "new1", claimKeys: ["a"] },
      { key: "new2", claimKeys: ["b", "c", "d"] },
    ];
    expect(retiredKeyTargets(before, after)).toEqual(new Map([["old", "new2"]]));
  });

  it("leaves out keys that are still live and groups none of whose claims survive", () => {
    const before = [
      { key: "kept", claimKeys: ["a"] },
      { key: "gone", claimKeys: ["x"] },
    ];
    expect(retiredKeyTargets(before, [{ key: "kept", claimKeys: ["a", "b"] }])).toEqual(new Map());
  });

  it("leads two merged groups to the one group they became", () => {
    const before = [
      { key: "g1", claimKeys: ["a"] },
      { key: "g2", claimKeys: ["b"] },
    ];
    const targets = retiredKeyTargets(before, [{ key: "merged", claimKeys: ["a", "b"] }]);
    expect(targets).toEqual(
      new Map([
        ["g1", "merged"],
        ["g2", "merged"],
      ]),
    );
  });

  it("breaks a tie by key, whatever the order of the new groups", () => {
    const before = [{ key: "old", claimKeys: ["a", "b"] }];
    const after = [
      { key: "zeta", claimKeys: ["b"] },
      { key: "alpha", claimKeys: ["a"] },
    ];
    expect(retiredKeyTargets(before, after).get("old")).toBe("alpha");
    expect(retiredKeyTargets(before, [...after].reverse()).get("old")).toBe("alpha");
  });

  it("breaks a tie by key, whatever the order of the retired group's claims", () => {
    const after = [
      { key: "zeta", claimKeys: ["b"] },
      { key: "alpha", claimKeys: ["a"] },
    ];
    expect(retiredKeyTargets([{ key: "old", claimKeys: ["b", "a"] }], after).get("old")).toBe("alpha");
  });
});
