import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { textDocument } from "../helpers/stories";

// An article over its time budget is refused by name, with the budget's own message. Articles longer than
// `over.chars` are given no time at all here, so the refusal does not depend on how fast the machine is.
// A document of exactly `bug.chars` makes the budget throw a plain error instead: a bug, not a refusal.
const over = vi.hoisted(() => ({ chars: Infinity }));
const bug = vi.hoisted(() => ({ chars: -1 }));
vi.mock("@/lib/analyze/budget", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/analyze/budget")>();
  const articleBudgetMs = (chars: number) => {
    if (chars === bug.chars) throw new Error("a bug in the budget");
    return chars > over.chars ? -1 : real.articleBudgetMs(chars);
  };
  return { ...real, articleBudgetMs };
});

const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");

const short = textDocument("short.txt", "Harbour Times", "2024-07-02", [
  "The Westport ferry will run twice a day from September, the operator said on Tuesday.",
]);
const long = textDocument(
  "long.txt",
  "Harbour Times",
  "2024-07-03",
  Array.from({ length: 12 }, (_, i) => `The ferry operator said on Wednesday that crossing ${i + 1} would be added.`),
);

beforeEach(async () => {
  await freshStore();
  over.chars = short.raw.length;
  bug.chars = -1;
});
afterAll(removeStores);

describe("an article over its time budget", () => {
  it("is refused under its own file name with the budget's message, and recorded, while the rest imports", async () => {
    const result = await importDocuments([long, short]);
    expect([result.added, result.unchanged]).toEqual([1, 0]);
    // A budget of -1 ms rounds to 0 s in the message.
    const refusal = { file: "long.txt", reason: "analysing it took over 0 s, its time budget; it was left out" };
    expect(result.failures).toEqual([refusal]);
    expect(await db().importFailure.findMany({ select: { file: true, reason: true } })).toEqual([refusal]);
  });

  it("is told apart from a bug, which fails the import and stores nothing", async () => {
    bug.chars = short.raw.length;
    await expect(importDocuments([short])).rejects.toThrow("a bug in the budget");
    expect([await db().article.count(), await db().importFailure.count()]).toEqual([0, 0]);
  });
});
