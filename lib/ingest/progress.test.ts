import { describe, expect, it } from "vitest";
import { applyProgress, progressCounts, type ItemProgress } from "./progress";

const queued = (source: string): ItemProgress => ({ source, state: "queued" });

describe("applyProgress", () => {
  it("moves the named item on and leaves the others", () => {
    const items = [queued("a.txt"), queued("https://x.test/p")];
    expect(applyProgress(items, { source: "https://x.test/p", state: "fetched" })).toEqual([
      queued("a.txt"),
      { source: "https://x.test/p", state: "fetched" },
    ]);
  });

  it("tells two items of one name apart by order: the first that has not ended moves", () => {
    let items = [queued("a.txt"), queued("a.txt")];
    items = applyProgress(items, { source: "a.txt", state: "unchanged" });
    items = applyProgress(items, { source: "a.txt", state: "failed", reason: "empty" });
    expect(items).toEqual([
      { source: "a.txt", state: "unchanged" },
      { source: "a.txt", state: "failed", reason: "empty" },
    ]);
  });

  it("follows a fetched page under the name it goes by from then on, and keeps showing the address pasted", () => {
    let items = [queued("https://x.test/p?utm=1")];
    items = applyProgress(items, { source: "https://x.test/p?utm=1", state: "fetched", file: "https://x.test/p" });
    items = applyProgress(items, { source: "https://x.test/p", state: "analysed" });
    expect(items).toEqual([{ source: "https://x.test/p?utm=1", state: "analysed", file: "https://x.test/p" }]);
  });

  it("never moves an item back to queued", () => {
    const items: ItemProgress[] = [{ source: "https://x.test/p", state: "fetched" }];
    expect(applyProgress(items, queued("https://x.test/p"))).toEqual(items);
  });

  it("ignores an event for an item that has ended or is not in the list", () => {
    const items: ItemProgress[] = [{ source: "a.txt", state: "analysed" }];
    expect(applyProgress(items, { source: "a.txt", state: "failed" })).toEqual(items);
    expect(applyProgress(items, { source: "b.txt", state: "extracted" })).toEqual(items);
  });
});

describe("progressCounts", () => {
  it("counts ended items and failures", () => {
    const items: ItemProgress[] = [
      { source: "a", state: "analysed" },
      { source: "b", state: "failed", reason: "x" },
      { source: "c", state: "extracted" },
      { source: "d", state: "unchanged" },
    ];
    expect(progressCounts(items)).toEqual({ done: 3, failed: 1, total: 4 });
  });
});
