import { defineConfig } from "vitest/config";
import path from "node:path";
import { postgresAnswers } from "./tests/helpers/postgres-check";

const alias = { "@": path.resolve(import.meta.dirname) };
/** Hands the matcher its config (word vectors) as the app and the CLI do. */
const SETUP = "tests/setup/match-config.ts";

const integration = {
  include: ["tests/integration/**/*.test.ts"],
  setupFiles: [SETUP, "tests/setup/local-mode.ts"],
  testTimeout: 120_000,
  hookTimeout: 120_000,
};

// The integration layer runs twice, on SQLite and on PostgreSQL. Without a PostgreSQL server the second run is
// left out with a loud warning, except under CI, where .ci/run provides the server and its absence must fail.
const postgres = await postgresAnswers();
if (!postgres.ok && !process.env.CI)
  console.warn(
    `\n!!! integration-postgres SKIPPED: no PostgreSQL answers at ${postgres.url} (${postgres.reason}).\n` +
      "!!! Start one (see CONTRIBUTING.md) or set CROSSCHECK_TEST_POSTGRES_URL; CI=true makes this a failure.\n",
  );

export default defineConfig({
  resolve: { alias },
  test: {
    // `npm run test:coverage`: unit and integration layers, V8 coverage of lib/, server/ and the pages rendered
    // in-process (app/); scripts/coverage-summary.ts prints the totals per folder.
    coverage: {
      provider: "v8",
      include: ["lib/**/*.ts", "server/**/*.ts", "app/**/*.{ts,tsx}"],
      exclude: ["**/*.test.ts"],
      reporter: ["text", "json-summary", "html"],
      reportsDirectory: "coverage",
      // Figures even when an unrelated test fails; the run still fails.
      reportOnFailure: true,
    },
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["lib/**/*.test.ts"], setupFiles: [SETUP], testTimeout: 30_000 },
      },
      { resolve: { alias }, test: { name: "integration", ...integration } },
      ...(postgres.ok || process.env.CI
        ? [
            {
              resolve: { alias },
              test: { name: "integration-postgres", ...integration, env: { CROSSCHECK_TEST_DB: "postgres" } },
            },
          ]
        : []),
      {
        resolve: { alias },
        test: {
          name: "browser",
          setupFiles: [SETUP],
          include: ["tests/browser/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
