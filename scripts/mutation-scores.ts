// `npm run test:mutation [-- extract|facts|judge|group|server|all] [stryker options]`: run Stryker
// (stryker.config.mjs) part by part, then print the mutation score per folder and per file, and every surviving
// mutant, from the JSON reports. The default runs four parts, one per folder: extract (quantities, units, dates,
// attribution), judge (every discrepancy kind, verdict, keys, origins), group, and server (the import and review
// services); `facts` (lib/facts) is a fifth part, run on its own. A mutant costs one Vitest run of its covering
// tests, so the whole run is CPU-bound: see docs/mutation-survivors.md for measured times.
// `--report-only` prints the last reports without running; `--incremental` re-tests only what changed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

type Mutant = {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
};
type Report = { files: Record<string, { source: string; mutants: Mutant[] }> };

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);
const PARTS = { extract: "unit", facts: "unit", judge: "unit", group: "unit", server: "integration" } as const;
type Part = keyof typeof PARTS;
const isPart = (a: string | undefined): a is Part => a !== undefined && a in PARTS;

const args = process.argv.slice(2);
const reportOnly = args.includes("--report-only");
const first = args[0];
// The folders the issue names (what an editor would not notice going wrong), in under 30 minutes on two cores;
// lib/facts (about 1,000 mutants, some 10 minutes more) runs on its own: `npm run test:mutation -- facts`.
const ALL: Part[] = ["extract", "judge", "group", "server"];
const scope: Part[] = first === "all" || !isPart(first) ? ALL : [first];
if (first === "all" || isPart(first)) args.shift();
const strykerArgs = args.filter((a) => a !== "--report-only");
const runStarted = Date.now();
for (const part of scope) {
  if (reportOnly) break;
  const started = Date.now();
  const run = spawnSync("npx", ["stryker", "run", ...strykerArgs], {
    stdio: "inherit",
    env: { ...process.env, MUTATION_PART: part, MUTATION_LAYER: PARTS[part] },
  });
  console.log(
    `\nstryker (${part}) finished in ${((Date.now() - started) / 60_000).toFixed(1)} min (exit ${run.status})`,
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}
if (!reportOnly) console.log(`all parts finished in ${((Date.now() - runStarted) / 60_000).toFixed(1)} min`);

const reports = scope
  .map((part) => `reports/mutation/${part}.json`)
  .filter((file) => fs.existsSync(file))
  .map((file) => JSON.parse(fs.readFileSync(file, "utf8")) as Report);
const files = Object.assign({}, ...reports.map((r) => r.files)) as Report["files"];

/** The folder a file's score is reported under: lib/extract's files are reported one by one, being unrelated. */
const folderOf = (file: string) => (file.startsWith("lib/extract/") ? file : path.dirname(file));

type Tally = { detected: number; undetected: number; ignored: number };
const tally = () => ({ detected: 0, undetected: 0, ignored: 0 });
const byFolder = new Map<string, Tally>();
const byFile = new Map<string, Tally>();
const survivors: string[] = [];
for (const [file, { source, mutants }] of Object.entries(files)) {
  const rel = path.relative(process.cwd(), path.resolve(file));
  const lines = source.split("\n");
  for (const m of mutants) {
    for (const t of [byFolder, byFile].map((map, i) => {
      const key = i === 0 ? folderOf(rel) : rel;
      if (!map.has(key)) map.set(key, tally());
      return map.get(key)!;
    })) {
      if (DETECTED.has(m.status)) t.detected++;
      else if (UNDETECTED.has(m.status)) t.undetected++;
      else t.ignored++;
    }
    if (UNDETECTED.has(m.status)) {
      const { line, column } = m.location.start;
      const code = (lines[line - 1] ?? "").trim().slice(0, 90);
      survivors.push(
        `${rel}:${line}:${column} ${m.status} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? "")}  | ${code}`,
      );
    }
  }
}

const score = (t: Tally) =>
  t.detected + t.undetected === 0 ? "n/a" : `${((100 * t.detected) / (t.detected + t.undetected)).toFixed(1)}%`;
const table = (title: string, map: Map<string, Tally>) => {
  console.log(`\n${title}`);
  for (const [key, t] of [...map].sort(([a], [b]) => a.localeCompare(b)))
    console.log(
      `  ${score(t).padStart(6)}  ${key}  (${t.detected} detected, ${t.undetected} undetected, ${t.ignored} ignored)`,
    );
};
table("mutation score per folder (killed + timeout over all valid, covered or not)", byFolder);
table("per file", byFile);
console.log(`\n${survivors.length} surviving mutants:`);
for (const s of survivors) console.log(`  ${s}`);
