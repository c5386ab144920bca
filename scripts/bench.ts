// npm run bench: the whole pipeline on basil-dev at 1x, 2x and 4x, each scale in its own process so peak RSS is its
// own.
import { execFileSync } from "node:child_process";
import { SingleBar, Presets } from "cli-progress";
import { analyze, type Stage } from "../lib/analyze/index";
import { basilArticles, basilDocument, perturbed } from "./basil";
import { configureMatcherOnce } from "../server/match-config";

configureMatcherOnce();

const STAGES: Stage[] = ["ingest", "extract", "stories", "match", "facts", "group", "judge"];

function runScale(scale: number): void {
  const base = basilArticles();
  const docs = Array.from({ length: scale }, (_, k) =>
    base.map((a) => basilDocument(k ? perturbed(a, k) : a, k)),
  ).flat();
  const t0 = performance.now();
  const analysis = analyze(docs);
  const total = performance.now() - t0;
  const out = {
    scale,
    articles: analysis.articles.length,
    claims: analysis.claims.length,
    groups: analysis.groups.length,
    pairsScored: analysis.stats.pairsScored,
    totalMs: Math.round(total),
    timings: analysis.stats.timings,
    heapMb: analysis.stats.heapMb,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(JSON.stringify(out));
}

if (process.argv[2] === "--scale") {
  runScale(Number(process.argv[3]));
} else {
  const scales = [1, 2, 4];
  const bar = new SingleBar(
    { format: "bench {bar} {value}/{total} scales", stream: process.stderr },
    Presets.shades_classic,
  );
  bar.start(scales.length, 0);
  const rows = scales.map((s) => {
    const r = JSON.parse(
      execFileSync("npx", ["tsx", "scripts/bench.ts", "--scale", String(s)], { encoding: "utf8", maxBuffer: 1 << 24 }),
    ) as {
      scale: number;
      articles: number;
      claims: number;
      groups: number;
      pairsScored: number;
      totalMs: number;
      timings: Record<Stage, number>;
      heapMb: Record<Stage, number>;
      peakRssMb: number;
    };
    bar.increment();
    return r;
  });
  bar.stop();
  console.log(
    `| scale | articles | claims | pairs scored | ${STAGES.join(" ms | ")} ms | total ms | x previous | peak RSS MB |`,
  );
  console.log(`|${"---|".repeat(STAGES.length + 7)}`);
  rows.forEach((r, i) => {
    const ratio = i ? (r.totalMs / rows[i - 1]!.totalMs).toFixed(2) : "—";
    console.log(
      `| ${r.scale}x | ${r.articles} | ${r.claims} | ${r.pairsScored} | ${STAGES.map((s) => `${Math.round(r.timings[s])} (${r.heapMb[s]} MB)`).join(" | ")} | ${r.totalMs} | ${ratio} | ${r.peakRssMb} |`,
    );
  });
  const first = rows[0]!;
  const extractShare = Math.round((100 * first.timings.extract) / first.totalMs);
  console.log(
    `\nextraction of ${first.articles} articles: ${Math.round(first.timings.extract)} ms, ${extractShare}% of the pipeline (target < 3000 ms); end to end ${first.totalMs} ms (target < 5000 ms)`,
  );
}
