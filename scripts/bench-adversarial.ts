// npm run bench:adversarial [-- --sizes 25,50,100] : time against size (KB) for each hostile shape, whole pipeline.
import { analyze } from "../lib/analyze/index";
import { SHAPES } from "./adversarial-shapes";

const DEFAULT_KB = [25, 50, 100, 200, 500, 1000, 2000];

function sizesKb(): number[] {
  const at = process.argv.indexOf("--sizes");
  return at > 0 ? process.argv[at + 1]!.split(",").map(Number) : DEFAULT_KB;
}

/** One article of this shape and size through the whole pipeline: milliseconds, claims, or why it was refused. */
function run(file: string, raw: string): string {
  const t0 = performance.now();
  const analysis = analyze([{ file, raw }]);
  const ms = Math.round(performance.now() - t0);
  const refused = analysis.failures[0];
  return refused ? `${ms} refused` : `${ms}`;
}

const sizes = sizesKb();
// Warm the models once so the first cell does not carry their loading.
analyze([{ file: "warm.txt", raw: "The council said 42 people attended the meeting on Tuesday." }]);
console.log(`| shape | ${sizes.map((s) => `${s} KB`).join(" | ")} | ms/KB smallest → largest |`);
console.log(`|---|${sizes.map(() => "---:").join("|")}|---|`);
for (const shape of SHAPES) {
  const cells = sizes.map((kb) => run(shape.file, shape.build(kb * 1000)));
  const perKb = (i: number) => (parseInt(cells[i]!, 10) / sizes[i]!).toFixed(1);
  console.log(`| ${shape.name} | ${cells.join(" | ")} | ${perKb(0)} → ${perKb(cells.length - 1)} |`);
}
console.log("\ncells: milliseconds for analyze() of one article; 'refused' = left out by name with a reason");
