import { loadPaths } from "../lib/ingest/load";
import { analyze } from "../lib/analyze/index";
import { toJson } from "../lib/analyze/json";

export async function runAnalyze(paths: string[], options: { json?: boolean }): Promise<void> {
  const loaded = loadPaths(paths);
  for (const f of loaded.failures) console.error(`skipped ${f.file}: ${f.reason}`);
  if (loaded.documents.length === 0) {
    console.error("crosscheck: nothing to analyse: no readable article among the paths given");
    process.exitCode = 1;
  }
  const analysis = analyze(loaded.documents, loaded.failures);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(toJson(analysis), null, 2)}\n`);
    return;
  }
  const counts = { agree: 0, discrepancy: 0, "single-source": 0 };
  for (const g of analysis.groups) counts[g.verdict]++;
  console.log(
    `${analysis.articles.length} articles, ${analysis.claims.length} claims, ${analysis.groups.length} groups in ${analysis.stories.length} stories`,
  );
  console.log(
    `verdicts: ${counts.discrepancy} discrepancy, ${counts.agree} agree, ${counts["single-source"]} single-source`,
  );
  for (const g of analysis.groups.filter((x) => x.verdict === "discrepancy").slice(0, 10)) {
    console.log(`- #${g.rank} ${g.label.slice(0, 80)}`);
    for (const d of g.discrepancies) console.log(`    ${d.kind}: ${d.summary}`);
  }
}
