// Totals per top-level folder (lib/, server/, app/) from coverage/coverage-summary.json, written by
// `vitest run --coverage` (see vitest.config.ts); `npm run test:coverage` runs both.
import fs from "node:fs";
import path from "node:path";

type Counts = { total: number; covered: number };
type FileSummary = Record<"lines" | "statements" | "functions" | "branches", Counts>;

const summary = JSON.parse(fs.readFileSync("coverage/coverage-summary.json", "utf8")) as Record<string, FileSummary>;
const METRICS = ["lines", "statements", "functions", "branches"] as const;
const byFolder = new Map<string, FileSummary>();
for (const [file, counts] of Object.entries(summary)) {
  if (file === "total") continue;
  const rel = path.relative(process.cwd(), file);
  const parts = rel.split(path.sep);
  for (const key of [parts[0]!, parts.slice(0, 2).join("/")]) {
    if (key === rel) continue;
    const into =
      byFolder.get(key) ?? (Object.fromEntries(METRICS.map((m) => [m, { total: 0, covered: 0 }])) as FileSummary);
    for (const m of METRICS) {
      into[m].total += counts[m].total;
      into[m].covered += counts[m].covered;
    }
    byFolder.set(key, into);
  }
}
const pct = (c: Counts) => (c.total ? `${((100 * c.covered) / c.total).toFixed(1)}%` : "n/a");
console.log(`${"folder".padEnd(16)}${METRICS.map((m) => m.padStart(12)).join("")}`);
for (const [folder, counts] of [...byFolder].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`${folder.padEnd(16)}${METRICS.map((m) => pct(counts[m]).padStart(12)).join("")}`);
