import { describe, expect, it } from "vitest";
import { analyze } from "./index";
import { BudgetExceededError } from "./budget";

const SENTENCE = "The council said 42 people attended the meeting in Calder on Tuesday.";
/** Generous on purpose (a noisy shared machine never fails it): the old code took 30–90 s on these shapes. */
const linearBudgetMs = (chars: number) => 3_000 + 50 * (chars / 1000);

function timed<T>(run: () => T): { out: T; ms: number } {
  const t0 = performance.now();
  const out = run();
  return { out, ms: performance.now() - t0 };
}

describe("hostile article shapes", () => {
  it("analyses 250 KB of indented blank lines within a linear budget, finding the same claims as without them", () => {
    const raw = `${SENTENCE}\n${"    \n".repeat(50_000)}${SENTENCE}\n`;
    const { out, ms } = timed(() => analyze([{ file: "blank.txt", raw }]));
    expect(ms).toBeLessThan(linearBudgetMs(raw.length));
    expect(out.claims.map((c) => c.text)).toEqual([SENTENCE, SENTENCE]);
  });

  it("refuses HTML nested 50,000 deep by name, quickly, and the rest of the batch goes on", () => {
    const raw = `<html><body>${"<div>".repeat(50_000)}<p>${SENTENCE}</p>${"</div>".repeat(50_000)}</body></html>`;
    const { out, ms } = timed(() =>
      analyze([
        { file: "nested.html", raw },
        { file: "fine.txt", raw: `${SENTENCE}\n` },
      ]),
    );
    expect(ms).toBeLessThan(linearBudgetMs(raw.length));
    expect(out.failures).toEqual([{ file: "nested.html", reason: expect.stringMatching(/nests more than 1000/) }]);
    expect(out.articles.map((a) => a.file)).toEqual(["fine.txt"]);
  });

  it("reads a run without sentence ends in bounded sentences whose text is still the raw slice", () => {
    const raw = "the council said 42 people attended and ".repeat(2_000);
    const { out } = timed(() => analyze([{ file: "run-on.txt", raw }]));
    expect(out.claims.length).toBeGreaterThan(1);
    for (const c of out.claims) expect(c.text).toBe(raw.slice(c.start, c.end));
  });

  it("refuses an article that runs past its time budget by name and reason, and keeps the others", () => {
    // A clock that jumps ten minutes a reading: every article is over its budget at its first check.
    let clock = 0;
    const now = () => (clock += 600_000);
    const docs = [
      { file: "slow.txt", raw: `${SENTENCE}\n` },
      { file: "other.txt", raw: `${SENTENCE.replace("42", "43")}\n` },
    ];
    const out = analyze(docs, [], { now });
    expect(out.failures.map((f) => f.file)).toEqual(["slow.txt", "other.txt"]);
    expect(out.failures[0]!.reason).toMatch(/time budget; it was left out/);
    const calm = analyze(docs, [], { now: () => 0 });
    expect([calm.failures.length, calm.articles.length]).toEqual([0, 2]);
    expect(new BudgetExceededError(6_000).message).toMatch(/over 6 s/);
  });
});
