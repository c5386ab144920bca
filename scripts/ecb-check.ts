// On the ECB+ dev half (22 topics, each two different events of one kind): does analyze() keep events apart, and
// does it group sentences that hand annotators linked to the same event across articles?
//
// What the figures mean:
// - stories / gold events: 44 events; more stories is over-splitting (costs recall), mixing stories is contamination.
//   "Stories mixing events" counts stories holding articles of two gold events; same-story article-pair precision and
//   recall say how much of each happens.
// - multi-claim groups mixing events: groups of 2+ claims whose articles belong to different gold events. This is
//   the figure an editor sees go wrong (two earthquakes reported as one fact); the target is <= MIXED_GROUP_TARGET.
// - same-event pair recall: each gold pair is two sentences of different articles that annotators linked to one
//   event occurrence. A sentence maps to the claims whose [start, end) overlaps it; the pair is recalled when a claim
//   of each side sits in one multi-claim group ("group"), and the looser "story" rate asks only that the two articles
//   share a story. A side with no claim is a miss, counted under "no claim". Same event is not same claim (the
//   README's caveat), so recall here is a loose ceiling-free target, not a precision measure.
// - easy/hard: Jaccard of folded content words (lexical.ts) >= EASY_JACCARD is easy, else hard (a paraphrase).
//
// Modes: the whole pile in one analyze() call (default), --per-topic (each topic alone: only the two same-kind events
// to separate), --both. --json prints figures as JSON; --show N prints N missed hard pairs and N mixed groups.
import { parseArgs } from "node:util";
import { analyze } from "../lib/analyze/index";
import { ecbDocument, type EcbDoc, loadEcb, shuffled } from "./ecb/corpus";
import { EASY_JACCARD } from "./ecb/lexical";
import { addRun, classify, emptyFigures, type Figures, type Pair } from "./ecb/measure";
import { exampleLines, MIXED_GROUP_TARGET, recallTable, sanityLines, separationTable, timingLine } from "./ecb/report";
import { configureMatcherOnce } from "../server/match-config";

configureMatcherOnce();

/** Fixed, so runs are repeatable; the pile is shuffled because editors' folders are not sorted by event. */
const SHUFFLE_SEED = 20141012;
/** Past this the whole pile in one call is too slow for a check; say so and point at --per-topic. */
const SLOW_WHOLE_MS = 120_000;

const { values } = parseArgs({
  options: {
    "per-topic": { type: "boolean", default: false },
    both: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    show: { type: "string", default: "0" },
  },
});
const show = Number.parseInt(values.show, 10);
if (!Number.isInteger(show) || show < 0) throw new Error(`--show takes a count, not "${values.show}"`);

function runMode(mode: Figures["mode"], docs: EcbDoc[], pairs: Pair[]): Figures {
  const fig = emptyFigures(mode);
  const topics = new Map<string, EcbDoc[]>();
  for (const d of docs) topics.set(d.topic, [...(topics.get(d.topic) ?? []), d]);
  const batches = mode === "whole" ? [docs] : [...topics.values()];
  for (const batch of batches) {
    const order = shuffled(batch, SHUFFLE_SEED);
    const t0 = performance.now();
    const analysis = analyze(order.map((d, i) => ecbDocument(d, i)));
    addRun(fig, { docs: order, analysis, wallMs: performance.now() - t0 }, pairs);
  }
  return fig;
}

const corpus = loadEcb();
const pairs = classify(corpus);
const modes: Figures["mode"][] = [];
if (values.both || !values["per-topic"]) modes.push("whole");
if (values.both || values["per-topic"]) modes.push("per-topic");
const figs = modes.map((m) => runMode(m, corpus.docs, pairs));

if (values.json) {
  const trimmed = figs.map((f) => ({
    ...f,
    missedHard: f.missedHard.slice(0, show),
    mixedGroupExamples: f.mixedGroupExamples.slice(0, show),
  }));
  const definitions = { easyJaccard: EASY_JACCARD, mixedGroupTarget: MIXED_GROUP_TARGET, shuffleSeed: SHUFFLE_SEED };
  console.log(JSON.stringify({ definitions, modes: trimmed }, null, 2));
} else {
  const hard = pairs.filter((p) => p.hard).length;
  console.log(
    `ECB+ dev: ${corpus.docs.length} documents, ${pairs.length} gold same-event pairs; easy = content-word Jaccard ` +
      `>= ${EASY_JACCARD} (${pairs.length - hard} easy, ${hard} hard)\n`,
  );
  console.log(separationTable(figs));
  console.log();
  console.log(recallTable(figs));
  console.log();
  for (const line of sanityLines(figs[0]!)) console.log(line);
  for (const f of figs) console.log(timingLine(f));
  const whole = figs.find((f) => f.mode === "whole");
  if (whole && whole.analyzeMs > SLOW_WHOLE_MS)
    console.log(`whole pile took over ${SLOW_WHOLE_MS / 1000} s in one call: use --per-topic for a quick check`);
  if (show > 0) for (const f of figs) for (const line of exampleLines(f, show)) console.log(line);
}
