// npm run check:mutations: plant one-token discrepancies in basil-dev articles and measure whether the pipeline
// groups the changed claim with its partner, flags the right kind of discrepancy, and counts it.
// Options: --kind K, --limit N, --show, --why (--show plus the facts at both claims and their links), --json,
// --baseline KIND (print the unmutated corpus' counted KIND flags).
import { countedByKind, countedExamples, falseFlags, persons } from "./mutations/baseline";
import { DEFAULT_LIMIT, EVENTS_PER_BATCH, KINDS, SEED, type Kind } from "./mutations/config";
import { loadCorpus, rng, shuffle, type Corpus } from "./mutations/corpus";
import { findDates } from "./mutations/date";
import { findHedges } from "./mutations/hedge";
import { findQuantities } from "./mutations/quantity";
import { findQuotes } from "./mutations/quote";
import { sample, show, summarise, table, type KindResult } from "./mutations/report";
import { evaluate, runBatch, type Batch } from "./mutations/run";
import { findSurnames, type Persons } from "./mutations/surname";
import type { Mutation, Outcome } from "./mutations/types";
import { explain } from "./mutations/why";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const kindArg = option("--kind");
if (kindArg && !KINDS.includes(kindArg as Kind)) throw new Error(`--kind must be one of ${KINDS.join(", ")}`);
const kinds: Kind[] = kindArg ? [kindArg as Kind] : [...KINDS];
const limit = Number(option("--limit") ?? DEFAULT_LIMIT);
const asJson = process.argv.includes("--json");
const why = process.argv.includes("--why");
const showAll = process.argv.includes("--show") || why;

function candidates(kind: Kind, corpus: Corpus, names: Persons): Mutation[] {
  const pick = rng(SEED + KINDS.indexOf(kind));
  if (kind === "quantity") return findQuantities(corpus);
  if (kind === "date") return findDates(corpus);
  if (kind === "quote") return findQuotes(corpus);
  if (kind === "surname") return findSurnames(corpus, names, pick);
  return findHedges(corpus, pick);
}

let corpus: Corpus;
try {
  corpus = loadCorpus();
} catch (e) {
  console.error(`check:mutations needs ../shared/corpora/basil-dev: ${(e as Error).message}`);
  process.exit(1);
}
const t0 = performance.now();
const order = shuffle(corpus.events, rng(SEED));
const batches: Batch[] = [];
for (let i = 0; i < order.length; i += EVENTS_PER_BATCH) {
  const events = order.slice(i, i + EVENTS_PER_BATCH);
  batches.push(
    runBatch(
      events,
      corpus.docs.filter((d) => events.includes(d.event)),
    ),
  );
}
const names = persons(batches);
const results: KindResult[] = [];
const outcomes: Outcome[] = [];
for (const kind of kinds) {
  const found = candidates(kind, corpus, names);
  const chosen = sample(found, corpus.docs, limit, rng(SEED * 7 + KINDS.indexOf(kind)));
  const done = batches.flatMap((b) =>
    evaluate(
      b,
      chosen.filter((m) => b.events.includes(m.event)),
      why ? explain : undefined,
    ),
  );
  results.push(summarise(kind, done));
  outcomes.push(...done);
  if (!asJson) console.error(`${kind}: ${found.length} candidates, ${chosen.length} planted`);
}
const flags = falseFlags(batches);
const counted = countedByKind(batches);
const seconds = Math.round((performance.now() - t0) / 100) / 10;
if (asJson) {
  console.log(JSON.stringify({ results, falseFlags: flags, countedUnmutated: counted, outcomes, seconds }, null, 2));
} else {
  if (showAll) for (const o of outcomes) console.log(`${show(o, corpus.docs)}\n`);
  const baselineKind = option("--baseline");
  if (baselineKind) for (const line of countedExamples(batches, baselineKind)) console.log(`${line}\n`);
  console.log(table(results, flags, counted));
  console.log(`(${batches.length} batches of ${EVENTS_PER_BATCH} events, seed ${SEED}, ${seconds} s)`);
}
