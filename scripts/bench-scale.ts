// npm run bench:scale: store and analyse basil-dev copies at 150, 1,500 and 10,000 articles on SQLite and PostgreSQL,
// through the import service in batches, each size in its own process so peak RSS is its own; then one article added
// to a story of about 1,000 articles. Flags: --sizes 150,1500 --providers sqlite,postgres --story 1000 (its size)
// or --no-story, --heap 1024 (each run's JavaScript heap cap, MB).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { basilArticles, basilDocument, otherEvent, perturbed, type BasilArticle } from "./basil";
import { benchDatabase, type BenchProvider } from "./bench-database";

const BATCH = 500;
const STAGES = ["import", "extract", "stories", "load", "match", "facts", "group", "judge", "store"] as const;
type Stage = (typeof STAGES)[number];

type Run = {
  provider: BenchProvider;
  label: string;
  articles: number;
  stories: number;
  claims: number;
  groups: number;
  totalMs: number;
  stageMs: Record<Stage, number>;
  peakRssMb: number;
  addOne: { ms: number; storiesAnalysed: number; storySize: number };
};

/** The first n articles of basil-dev, then copies that report other events: each copy round adds 150 articles. */
function corpus(n: number, base: BasilArticle[]) {
  return Array.from({ length: n }, (_, i) => {
    const k = Math.floor(i / base.length);
    const a = base[i % base.length]!;
    return basilDocument(k ? otherEvent(a, k) : a, k);
  });
}

/** About n copies of one event's three articles: one story that keeps growing. */
function oneStory(n: number, base: BasilArticle[]) {
  const event = base.filter((a) => a.triplet_uuid === base[0]!.triplet_uuid);
  return Array.from({ length: n }, (_, i) => {
    const k = Math.floor(i / event.length) + 1;
    return basilDocument(perturbed(event[i % event.length]!, k), k);
  });
}

async function run(provider: BenchProvider, label: string): Promise<Run> {
  const base = basilArticles();
  const size = Number(label.replace("story", ""));
  const docs = label.startsWith("story") ? oneStory(size + 1, base) : corpus(size + 1, base);
  const last = docs.pop()!;
  const url = await benchDatabase(provider, label);
  process.env.DATABASE_URL = url;
  const { importDocuments } = await import("../server/import");
  const { db, disconnect } = await import("../server/db");
  const stageMs = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const t0 = performance.now();
  for (let i = 0; i < docs.length; i += BATCH) {
    const result = await importDocuments(docs.slice(i, i + BATCH));
    for (const s of STAGES) stageMs[s] += result.reanalysis?.timings[s] ?? 0;
    const r = result.reanalysis;
    const detail = r ? `, stories ${s(r.timings.stories)} s, separation read ${r.separationRead}` : "";
    process.stderr.write(
      `  ${provider} ${label}: ${Math.min(i + BATCH, docs.length)}/${docs.length} articles${detail}\n`,
    );
  }
  const totalMs = performance.now() - t0;
  const t1 = performance.now();
  const added = await importDocuments([last]);
  const addOneMs = performance.now() - t1;
  const addOneStages = STAGES.map((st) => `${st} ${s(added.reanalysis?.timings[st] ?? 0)}`).join(", ");
  process.stderr.write(`  ${provider} ${label}: one article added in ${s(addOneMs)} s (${addOneStages})\n`);
  const storyId = (await db().article.findFirstOrThrow({ orderBy: { id: "desc" }, select: { story: true } })).story;
  const out: Run = {
    provider,
    label,
    articles: await db().article.count(),
    stories: added.reanalysis?.stories ?? 0,
    claims: added.claims,
    groups: added.groups,
    totalMs,
    stageMs,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    addOne: {
      ms: addOneMs,
      storiesAnalysed: added.reanalysis?.storiesAnalysed ?? 0,
      storySize: await db().article.count({ where: { story: storyId } }),
    },
  };
  await disconnect();
  return out;
}

const s = (ms: number) => (ms / 1000).toFixed(1);

function table(runs: Run[]): string {
  const head = [
    "provider",
    "articles",
    "stories",
    "total s",
    "x prev",
    ...STAGES.map((st) => `${st} s`),
    "peak RSS MB",
  ];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  runs.forEach((r, i) => {
    const prev = runs[i - 1];
    const ratio = prev && prev.provider === r.provider ? (r.totalMs / prev.totalMs).toFixed(1) : "";
    const cells = [r.provider, r.articles, r.stories, s(r.totalMs), ratio, ...STAGES.map((st) => s(r.stageMs[st]))];
    lines.push(`| ${[...cells, r.peakRssMb].join(" | ")} |`);
  });
  return lines.join("\n");
}

function addOneTable(runs: Run[]): string {
  const lines = [
    "| provider | stored articles | story of the new article | stories re-analysed | time s |",
    "|---|---|---|---|---|",
  ];
  for (const r of runs)
    lines.push(
      `| ${r.provider} | ${r.articles - 1} | ${r.addOne.storySize} | ${r.addOne.storiesAnalysed} | ${s(r.addOne.ms)} |`,
    );
  return lines.join("\n");
}

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

if (process.argv[2] === "--run") {
  const out = await run(process.argv[3] as BenchProvider, process.argv[4]!);
  process.stdout.write(JSON.stringify(out));
} else {
  const sizes = flag("--sizes", "150,1500,10000").split(",");
  const providers = flag("--providers", "sqlite,postgres").split(",") as BenchProvider[];
  const labels = [...sizes, ...(process.argv.includes("--no-story") ? [] : [`story${flag("--story", "1000")}`])];
  // Each run's JavaScript heap is capped: a run that held the store in memory would fail, so finishing is the proof
  // that memory stays bounded. Uncapped, V8 lets the heap grow lazily and peak RSS says little.
  const heapMb = Number(flag("--heap", "1024"));
  const runs: Run[] = [];
  for (const provider of providers)
    for (const label of labels) {
      process.stderr.write(`bench:scale ${provider} ${label}\n`);
      const json = execFileSync("npx", ["tsx", "scripts/bench-scale.ts", "--run", provider, label], {
        env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${heapMb}` },
        encoding: "utf8",
        maxBuffer: 1 << 24,
        stdio: ["ignore", "pipe", "inherit"],
      });
      runs.push(JSON.parse(json) as Run);
      // Each run as it ends, so a long bench stopped half-way keeps what it measured.
      fs.mkdirSync("reports", { recursive: true });
      fs.appendFileSync(path.join("reports", "bench-scale.jsonl"), `${json}\n`);
    }
  const report = [
    `## Scale (${os.cpus().length} cores, ${new Date().toISOString().slice(0, 16)}Z, batches of ${BATCH}, ` +
      `heap cap ${heapMb} MB)`,
    table(runs.filter((r) => !r.label.startsWith("story"))),
    "",
    "## One article added (after the sizes above, and to a story of about 1,000 articles)",
    addOneTable(runs),
  ].join("\n\n");
  console.log(report);
  fs.mkdirSync("reports", { recursive: true });
  fs.writeFileSync(path.join("reports", "bench-scale.md"), `${report}\n`);
}
