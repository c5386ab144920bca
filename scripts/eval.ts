// npm run eval: precision and recall of claim spans and of each facet type against the hand-labelled fixture.
import fs from "node:fs";
import { ingest } from "../lib/ingest/index";
import { extract, type Claim } from "../lib/extract/index";
import { parseManifest } from "../lib/ingest/manifest";
import { canonicalSource } from "../lib/extract/attribution";
import { canonicalName } from "../lib/extract/entities";
import { basilArticles, basilDocument, BASIL } from "./basil";
import type { SourceDocument } from "../lib/ingest/types";

type Gold = {
  seed?: string;
  basil?: { uuid: string; outlet: string };
  regionEnd: number;
  claims: number[];
  quotes: number[];
  quantities: string[];
  dates: string[];
  entities: string[];
  attribution: string[];
};
const gold = (JSON.parse(fs.readFileSync("tests/fixtures/extraction/labels.json", "utf8")) as { articles: Gold[] })
  .articles;
const manifest = parseManifest(fs.readFileSync("seeds/manifest.json", "utf8"));
const basil = fs.existsSync(BASIL) ? basilArticles() : null;
if (!basil) console.error(`note: ${BASIL} not found; evaluating the seed labels only`);

type Tally = { tp: number; fp: number; fn: number };
const tallies = new Map<string, Tally>();
const add = (facet: string, tp: number, fp: number, fn: number) => {
  const t = tallies.get(facet) ?? { tp: 0, fp: 0, fn: 0 };
  tallies.set(facet, { tp: t.tp + tp, fp: t.fp + fp, fn: t.fn + fn });
};
const misses: string[] = [];

/** Greedy one-to-one matching of predicted to gold items. */
function score(
  facet: string,
  predicted: string[],
  expected: string[],
  same: (p: string, g: string) => boolean,
  where: string,
): void {
  const left = [...expected];
  let tp = 0;
  const extra: string[] = [];
  for (const p of predicted) {
    const k = left.findIndex((g) => same(p, g));
    if (k >= 0) {
      tp++;
      left.splice(k, 1);
    } else extra.push(p);
  }
  add(facet, tp, extra.length, left.length);
  if (left.length) misses.push(`${where} ${facet} missed: ${left.join("; ")}`);
  if (extra.length) misses.push(`${where} ${facet} extra: ${extra.join("; ")}`);
}

const subset = (a: string, b: string) => {
  const x = a.split(" "),
    y = b.split(" ");
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
};

for (const g of gold) {
  let doc: SourceDocument;
  if (g.seed) doc = { file: g.seed, raw: fs.readFileSync(`seeds/${g.seed}`, "utf8"), manifest: manifest.get(g.seed)! };
  else {
    const found = basil?.find((a) => a.triplet_uuid === g.basil!.uuid && a.source === g.basil!.outlet);
    if (!found) continue;
    doc = basilDocument(found);
  }
  const where = g.seed ?? `${g.basil!.uuid.slice(0, 8)}-${g.basil!.outlet}`;
  const claims: Claim[] = extract(ingest(doc, "a1")).filter((c) => c.start < g.regionEnd);
  const set = g.seed ? "seeds" : "basil";
  // A predicted claim matches a gold claim that starts within 3 characters and does not run into the next gold claim.
  const sortedGold = [...g.claims].sort((a, b) => a - b);
  score(
    `claims (${set})`,
    claims.map((c) => `${c.start}-${c.end}`),
    sortedGold.map(String),
    (p, gs) => {
      const [s, e] = p.split("-").map(Number) as [number, number];
      const start = Number(gs);
      const next = sortedGold.find((x) => x > start) ?? Infinity;
      return Math.abs(s - start) <= 3 && e <= next + 1;
    },
    where,
  );
  const facets = claims.map((c) => c.facets);
  score(
    "quotes",
    facets.flatMap((f) => f.quotes.map((q) => String(q.start))),
    g.quotes.map(String),
    (p, q) => Math.abs(Number(p) - Number(q)) <= 2,
    where,
  );
  score(
    "quantities",
    facets.flatMap((f) => f.quantities.map((q) => `${q.value} ${q.unit}`)),
    g.quantities,
    (p, q) => p === q,
    where,
  );
  score(
    "dates",
    [...new Set(facets.flatMap((f) => f.dates.flatMap((d) => (d.iso ? [d.iso] : []))))],
    g.dates,
    (p, q) => p === q,
    where,
  );
  const types = new Set(["person", "country", "organisation", "place"]);
  const ents = [
    ...new Set(
      facets.flatMap((f) => f.entities.filter((e) => types.has(e.type)).map((e) => `${e.type}:${e.canonical}`)),
    ),
  ];
  const goldEnts = g.entities.map((e) => {
    const [t, n] = e.split(":") as [string, string];
    return `${t}:${canonicalName(n)}`;
  });
  score(
    "entities (name)",
    [...new Set(ents.map((e) => e.split(":")[1]!))],
    [...new Set(goldEnts.map((e) => e.split(":")[1]!))],
    subset,
    where,
  );
  score(
    "entities (name+type)",
    ents,
    goldEnts,
    (p, q) => p.split(":")[0] === q.split(":")[0] && subset(p.split(":")[1]!, q.split(":")[1]!),
    where,
  );
  const sources = [
    ...new Set(
      facets.flatMap((f) => f.attribution.filter((s) => s.kind !== "pronoun" && s.canonical).map((s) => s.canonical)),
    ),
  ];
  score("attribution", sources, [...new Set(g.attribution.map(canonicalSource))], subset, where);
}

const pct = (n: number) => `${(100 * n).toFixed(1)}%`;
console.log("| facet | precision | recall | F1 | tp | fp | fn |\n|---|---|---|---|---|---|---|");
for (const [facet, t] of tallies) {
  const p = t.tp / Math.max(1, t.tp + t.fp);
  const r = t.tp / Math.max(1, t.tp + t.fn);
  console.log(
    `| ${facet} | ${pct(p)} | ${pct(r)} | ${pct((2 * p * r) / Math.max(1e-9, p + r))} | ${t.tp} | ${t.fp} | ${t.fn} |`,
  );
}
if (process.argv.includes("--errors")) for (const m of misses) console.log(m);
