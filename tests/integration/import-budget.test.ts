import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments, textDocument } from "../helpers/stories";

// An article over its time budget, made so here by giving articles longer than `over.chars` no time at all: the
// real budget is seconds, and timing a real slow article would make a flaky test.
const over = vi.hoisted(() => ({ chars: Infinity }));
vi.mock("@/lib/analyze/budget", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/analyze/budget")>();
  return { ...real, articleBudgetMs: (chars: number) => (chars > over.chars ? -1 : real.articleBudgetMs(chars)) };
});

const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");

const calder = storyDocuments("calder");
const slow = textDocument(
  "slow.txt",
  "East Post",
  "2024-06-05",
  Array.from({ length: 40 }, (_, i) => `The council said on Tuesday that repair crew ${i + 1} would start work soon.`),
);

beforeEach(async () => {
  await freshStore();
  over.chars = Math.max(...calder.map((d) => d.raw.length));
});
afterAll(removeStores);

describe("an article over its time budget", () => {
  it("is refused by name and not stored, while the rest of the batch imports", async () => {
    const result = await importDocuments([...calder, slow]);
    expect(result.added).toBe(calder.length);
    expect(result.unchanged).toBe(0);
    expect(result.failures).toEqual([{ file: "slow.txt", reason: expect.stringMatching(/time budget/) }]);
    const files = (await db().article.findMany({ select: { file: true } })).map((r) => r.file);
    expect(files).toHaveLength(calder.length);
    expect(files).not.toContain("slow.txt");
    expect(await db().importFailure.count({ where: { file: "slow.txt" } })).toBe(1);
  });

  it("is refused again on the next import rather than counted as already stored", async () => {
    await importDocuments([slow]);
    const again = await importDocuments([slow]);
    expect(again).toMatchObject({ added: 0, unchanged: 0, failures: [{ file: "slow.txt" }] });
  });
});
