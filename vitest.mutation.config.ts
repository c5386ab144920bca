import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import path from "node:path";

// Stryker's Vitest runner (stryker.config.mjs) uses this config. One layer per run, chosen by MUTATION_LAYER:
// lib/ mutants run against the unit layer (the integration tests only repeat analyze() behind a database, at
// seconds per mutant), server/ mutants against the integration layer. The browser layer never runs here: it
// serves a build that does not contain the sandbox's mutants.
const alias = { "@": path.resolve(import.meta.dirname) };
/** Hands the matcher its config (word vectors) as the app and the CLI do. */
const SETUP = "tests/setup/match-config.ts";
// Extraction never reaches the matcher: its part skips loading the word vectors, which every mutant run would pay.
const unitSetup = process.env.MUTATION_PART === "extract" ? [] : [SETUP];
const layer = process.env.MUTATION_LAYER === "integration" ? "integration" : "unit";
/** The part's own test files (stryker.config.mjs), or the whole layer. */
const partTests = process.env.MUTATION_TESTS?.split(",").filter(Boolean);

/** Focused tests first, whole-pipeline ones last: a mutant run stops at the first failure. */
const ORDER = [
  /\/lib\/(extract|facts|judge|group|match|ingest)\//,
  /judging\.test/,
  /\/tests\/integration\/(reviews|import-service)/,
];
class FocusedFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = ORDER.findIndex((re) => re.test(f.moduleId));
      return i < 0 ? ORDER.length : i;
    };
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({
  resolve: { alias },
  test: {
    sequence: { sequencer: FocusedFirst },
    projects: [
      layer === "unit"
        ? {
            resolve: { alias },
            test: {
              name: "unit",
              setupFiles: unitSetup,
              include: partTests ?? ["lib/**/*.test.ts"],
              // End-to-end checks on the seed articles and the generated-story property: they exercise everything
              // and test no mechanism in particular, so they would run (seconds each) for every surviving mutant.
              exclude: [
                "lib/analyze/analyze.test.ts",
                "lib/analyze/mixed-stories.test.ts",
                "lib/analyze/generated-stories.test.ts",
                // The matcher is outside the mutated folders, and its model is retuned often.
                "lib/match/**",
                // Thousands of generated batches: minutes per mutant, and they assert invariants, not findings.
                "lib/analyze/fuzz.test.ts",
              ],
              testTimeout: 60_000,
              // The word-vector table and the NLP model load once per worker, not once per mutant.
              isolate: false,
            },
          }
        : {
            resolve: { alias },
            test: {
              name: "integration",
              // As in vitest.config.ts: the integration tests act as the local editor unless they sign in.
              setupFiles: [SETUP, "tests/setup/local-mode.ts"],
              include: partTests ?? ["tests/integration/**/*.test.ts"],
              // The seed import end to end: seconds per mutant, and the focused files test the same code.
              exclude: ["tests/integration/import.test.ts"],
              testTimeout: 120_000,
              hookTimeout: 120_000,
            },
          },
    ],
  },
});
