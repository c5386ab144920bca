// Mutation testing of the code whose mistakes an editor would not notice. `npm run test:mutation` runs it in parts,
// one per folder (scripts/mutation-scores.ts sets MUTATION_PART), and prints the score per folder:
//   extract  quantities, units, dates, attribution, against the unit layer
//   facts    lib/facts (what two claims' facts are, and whether they are one fact), against the unit layer
//   judge    lib/judge (every discrepancy kind, verdict, keys, origins), against the unit layer
//   group    lib/group (grouping, stories, editors' overrides), against the unit layer
//   server   the import and review services, against the integration layer
// Each part runs against the tests beside its own code (`tests`): those are the tests meant to catch its mistakes,
// and the whole-pipeline tests that also cover it (fuzzing, the seed articles) cost seconds per mutant.
const PARTS = {
  extract: {
    layer: "unit",
    mutate: ["lib/extract/quantities.ts", "lib/lexicon/units.ts", "lib/extract/dates.ts", "lib/extract/attribution.ts"],
    tests: ["lib/extract/**/*.test.ts"],
  },
  facts: {
    layer: "unit",
    mutate: ["lib/facts/**/*.ts", "!lib/facts/types.ts", "!lib/facts/test-claims.ts"],
    tests: ["lib/facts/**/*.test.ts"],
  },
  judge: {
    layer: "unit",
    mutate: ["lib/judge/**/*.ts", "!lib/judge/types.ts"],
    // The judge's own tests on hand-built claims: lib/analyze/judging.test.ts runs extraction for every test, and a
    // mutant run that loads the NLP libraries costs two seconds more.
    tests: ["lib/judge/**/*.test.ts"],
  },
  group: { layer: "unit", mutate: ["lib/group/**/*.ts"], tests: ["lib/group/**/*.test.ts"] },
  server: {
    layer: "integration",
    mutate: ["server/import.ts", "server/reviews.ts"],
    // The services' own tests: nearly every integration test imports, at seconds a test, so the whole layer would
    // cost minutes per surviving mutant.
    tests: [
      "tests/integration/import-service*.test.ts",
      "tests/integration/reviews.test.ts",
      "tests/integration/reviews-history.test.ts",
    ],
  },
};
const partName = process.env.MUTATION_PART ?? "judge";
// A re-run of some lines can write its own report (MUTATION_REPORT) instead of replacing the full one.
const reportName = process.env.MUTATION_REPORT ?? partName;
const part = PARTS[partName];
if (!part) throw new Error(`MUTATION_PART must be one of ${Object.keys(PARTS).join(", ")}`);
// vitest.mutation.config.ts reads the layer and the part's test files.
process.env.MUTATION_LAYER = part.layer;
process.env.MUTATION_TESTS = part.tests.join(",");

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner", "./stryker/editor-text.mjs"],
  // Sentences written for the editor are not mutated (stryker/editor-text.mjs says why).
  ignorers: ["editor-text"],
  // `--incremental` re-tests only mutants whose code or covering tests changed since this part's last run.
  incrementalFile: `reports/mutation/${reportName}-incremental.json`,
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  coverageAnalysis: "perTest",
  mutate: [...part.mutate, "!**/*.test.ts"],
  // Scoped to fit 30 minutes on two cores (every mutant costs one Vitest run, about 2 s where the NLP libraries
  // load): the mutators that change what a rule decides (conditions, comparisons, logic, arithmetic, booleans,
  // regular expressions, method calls, optional chains, increments) stay. Left out: string literals (labels,
  // messages and kind names: text, not decisions), and the wholesale ones that empty an array, object, block or
  // arrow function, which nearly any test running the code catches and line coverage already reports.
  mutator: {
    excludedMutations: ["StringLiteral", "ArrayDeclaration", "ObjectLiteral", "BlockStatement", "ArrowFunction"],
  },
  // Module-level word lists and tables run once at import, so every test covers them and each of their mutants
  // would cost a full run; they are left out of the score (and listed as "ignored").
  ignoreStatic: true,
  // Two cores, shared: one worker per core at most.
  concurrency: 2,
  // Added to a mutant's covering tests' own time: a mutant that loops is cut off (and counted detected) after this.
  timeoutMS: 10_000,
  reporters: ["clear-text", "progress-append-only", "json", "html"],
  jsonReporter: { fileName: `reports/mutation/${reportName}.json` },
  htmlReporter: { fileName: `reports/mutation/${reportName}.html` },
  // `--reporters progress-append-only,json,event-recorder` writes each mutant's result as it is tested, so a long run's
  // survivors can be read (and worked on) before it ends.
  eventReporter: { baseDir: `reports/mutation/${reportName}-events` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  thresholds: { high: 85, low: 75, break: null },
  tempDirName: ".stryker-tmp",
  // Not copied into the sandbox: another run's sandbox, reports and builds (copying them cost minutes, and a run
  // that cleaned up its own sandbox mid-copy crashed another's).
  ignorePatterns: [".stryker-tmp*", "reports", ".next", "test-results"],
  cleanTempDir: true,
};

export default config;
