// Fit the matcher's weights on the MSR paraphrase corpus with 10-fold cross-validation, report, and save.
import fs from "node:fs";
import path from "node:path";
import { sentenceClaim } from "../lib/analyze/sentence-claim";
import { profile } from "../lib/match/profile";
import { idf as idfOf } from "../lib/match/idf";
import { features } from "../lib/match/features";
import { FEATURE_NAMES } from "../lib/match/model";
import { bestThreshold, fitLogistic, predict, scores } from "../lib/match/logistic";

const file = process.argv[2] ?? path.resolve("../shared/corpora/msrp/msr_paraphrase_train.txt");
const rows = fs
  .readFileSync(file, "utf8")
  .trim()
  .split("\n")
  .map((l) => l.split("\t"));
const pairs = rows
  .filter((r) => r.length >= 5 && /^[01]$/.test(r[0]!))
  .map((r) => ({ label: Number(r[0]), a: r[3]!, b: r[4]! }));
console.error(`${pairs.length} pairs from ${file}`);
const profiles = pairs.map(
  (p, i) => [profile(sentenceClaim(p.a, `a${i}`)), profile(sentenceClaim(p.b, `b${i}`))] as const,
);
const idf = idfOf(profiles.flat());
const x = profiles.map(([a, b]) => {
  const f = features(a, b, idf).features;
  return FEATURE_NAMES.map((n) => f[n]);
});
const y = pairs.map((p) => p.label);

const folds = 10;
const order = pairs.map((_, i) => i).sort((i, j) => ((i * 7919) % 4073) - ((j * 7919) % 4073));
const predicted: boolean[] = new Array(pairs.length).fill(false);
const baseline: boolean[] = new Array(pairs.length).fill(false);
for (let k = 0; k < folds; k++) {
  const test = new Set(order.filter((_, i) => i % folds === k));
  const train = order.filter((i) => !test.has(i));
  const model = fitLogistic(
    train.map((i) => x[i]!),
    train.map((i) => y[i]!),
  );
  const threshold = bestThreshold(
    train.map((i) => predict(x[i]!, model.w, model.b)),
    train.map((i) => y[i]!),
  );
  const jac = FEATURE_NAMES.indexOf("jaccard");
  const overlapCut = bestThreshold(
    train.map((i) => x[i]![jac]!),
    train.map((i) => y[i]!),
  );
  for (const i of test) {
    predicted[i] = predict(x[i]!, model.w, model.b) >= threshold;
    baseline[i] = x[i]![jac]! >= overlapCut;
  }
}
const cv = scores(predicted, y);
const base = scores(baseline, y);
const full = fitLogistic(x, y);
const threshold = bestThreshold(
  x.map((r) => predict(r, full.w, full.b)),
  y,
);
const out = {
  weights: Object.fromEntries(FEATURE_NAMES.map((n, j) => [n, Math.round(full.w[j]! * 1000) / 1000])),
  bias: Math.round(full.b * 1000) / 1000,
  threshold,
  groupThreshold: JSON.parse(fs.readFileSync("lib/match/weights.json", "utf8")).groupThreshold,
  calibration: {
    corpus: "MSRP train",
    pairs: pairs.length,
    folds,
    accuracy: round(cv.accuracy),
    f1: round(cv.f1),
    precision: round(cv.precision),
    recall: round(cv.recall),
    baselineWordOverlap: { accuracy: round(base.accuracy), f1: round(base.f1) },
  },
};
fs.writeFileSync("lib/match/weights.json", `${JSON.stringify(out, null, 2)}\n`);
console.log(JSON.stringify(out.calibration, null, 2));

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
