import fs from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { analyze, type Analysis } from "./index";
import type { SourceDocument } from "../ingest/types";
import { documents } from "../../tests/helpers/article-arbitraries";

/** `npm run fuzz` sets FUZZ_RUNS=10000; `npm test` runs a short pass. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const FIXTURES = "tests/fixtures/fuzz";
/**
 * A linear budget, generous so a noisy shared machine never fails it: a constant plus 50 ms per KB of input.
 * Models and word vectors are loaded before the first timed case.
 */
const budgetMs = (docs: SourceDocument[]) => 10_000 + 50 * (docs.reduce((n, d) => n + d.raw.length, 0) / 1000);

/** The properties any analysis of any input must keep; a message names the first one broken. */
function broken(docs: SourceDocument[]): string | null {
  const t0 = performance.now();
  let analysis: Analysis;
  try {
    analysis = analyze(docs);
  } catch (e) {
    return `an exception escaped: ${(e as Error).stack ?? String(e)}`;
  }
  const ms = performance.now() - t0;
  if (ms > budgetMs(docs)) return `took ${Math.round(ms)} ms, over the linear budget of ${budgetMs(docs)} ms`;
  const raw = new Map(analysis.articles.map((a) => [a.id, a.raw]));
  for (const c of analysis.claims)
    if (c.text !== raw.get(c.articleId)?.slice(c.start, c.end)) return `claim ${c.id} is not raw.slice(start, end)`;
  const groups = new Map<string, number>();
  for (const g of analysis.groups) for (const id of g.claimIds) groups.set(id, (groups.get(id) ?? 0) + 1);
  for (const c of analysis.claims)
    if (groups.get(c.id) !== 1) return `claim ${c.id} is in ${groups.get(c.id) ?? 0} groups, not one`;
  const known = new Set(analysis.claims.map((c) => c.id));
  for (const id of groups.keys()) if (!known.has(id)) return `a group names unknown claim ${id}`;
  return null;
}

describe("fuzzing ingest → extract → group", () => {
  beforeAll(() => {
    analyze([
      { file: "warm-a.txt", raw: "The council said 42 people attended the meeting on Tuesday.\n" },
      { file: "warm-b.txt", raw: "The council said 43 people attended the meeting on Tuesday.\n" },
    ]);
  });

  // Every case fuzzing ever failed on, kept as a file so it is checked on every run.
  const fixtures = fs.existsSync(FIXTURES) ? fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".json")) : [];
  if (fixtures.length)
    it.each(fixtures)("regression case %s still holds", (name) => {
      const docs = JSON.parse(fs.readFileSync(`${FIXTURES}/${name}`, "utf8")) as SourceDocument[];
      expect(broken(docs)).toBeNull();
    });

  it(
    `keeps every property on ${RUNS} generated and mutated batches`,
    () => {
      let reason: string | null = null;
      const result = fc.check(
        fc.property(documents, (docs) => (reason = broken(docs)) === null),
        { numRuns: RUNS },
      );
      if (result.failed && result.counterexample) {
        // The shrunk case joins the regression fixtures, to be committed with its fix.
        const [docs] = result.counterexample;
        fs.mkdirSync(FIXTURES, { recursive: true });
        fs.writeFileSync(`${FIXTURES}/case-${result.seed}.json`, `${JSON.stringify(docs, null, 1)}\n`);
        expect.fail(`seed ${result.seed}: ${reason ?? broken(docs)}`);
      }
      expect(result.numRuns).toBe(RUNS);
    },
    600_000 + RUNS * 2_000,
  );
});
