// npm run check:mutations: plant one-token discrepancies in basil-dev articles and measure whether the pipeline
// groups the changed claim with its partner, flags the right kind of discrepancy, and counts it.
// Options: --kind K, --limit N, --show, --why (--show plus the facts at both claims and their links), --json,
// --baseline KIND (print the unmutated corpus' counted KIND flags), --seeds A,B,... (pool several seeds' samples and
// batchings for a larger n: each seed draws other partners and other batch-mates; the first seed's table is printed
// too).
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
const seeds = (option("--seeds") ?? String(SEED)).split(",").map(Number);
if (seeds.some((s) => !Number.isInteger(s) || s <= 0)) throw new Error("--seeds must be positive integers, e.g. 1,2,3");

function candidates(kind: Kind, corpus: Corpus, names: Persons, seed: number): Mutation[] {
  const pick = rng(seed + KINDS.indexOf(kind));
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

function measure(seed: number) {
  const order = shuffle(corpus.events, rng(seed));
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
  const outcomes: Outcome[] = [];
  for (const kind of kinds) {
    const found = candidates(kind, corpus, names, seed);
    const chosen = sample(found, corpus.docs, limit, rng(seed * 7 + KINDS.indexOf(kind)));
    const done = batches.flatMap((b) =>
      evaluate(
        b,
        chosen.filter((m) => b.events.includes(m.event)),
        why ? explain : undefined,
      ),
    );
    outcomes.push(...done);
    if (!asJson) console.error(`seed ${seed} ${kind}: ${found.length} candidates, ${chosen.length} planted`);
  }
  const results: KindResult[] = kinds.map((k) =>
    summarise(
      k,
      outcomes.filter((o) => o.mutation.kind === k),
    ),
  );
  return { batches, outcomes, results, flags: falseFlags(batches), counted: countedByKind(batches) };
}

const runsBySeed = seeds.map(measure);
const { batches, outcomes, results, flags, counted } = runsBySeed[0]!;
const pooled = kinds.map((k) =>
  summarise(
    k,
    runsBySeed.flatMap((r) => r.outcomes.filter((o) => o.mutation.kind === k)),
  ),
);
const seconds = Math.round((performance.now() - t0) / 100) / 10;
if (asJson) {
  const json = { results, falseFlags: flags, countedUnmutated: counted, outcomes, pooled, seeds, seconds };
  console.log(JSON.stringify(json, null, 2));
} else {
  if (showAll) for (const o of runsBySeed.flatMap((r) => r.outcomes)) console.log(`${show(o, corpus.docs)}\n`);
  const baselineKind = option("--baseline");
  if (baselineKind) for (const line of countedExamples(batches, baselineKind)) console.log(`${line}\n`);
  console.log(table(results, flags, counted));
  console.log(`(${batches.length} batches of ${EVENTS_PER_BATCH} events, seed ${seeds[0]}, ${seconds} s)`);
  if (seeds.length > 1) {
    const sum = (f: (r: (typeof runsBySeed)[number]) => number) => runsBySeed.reduce((t, r) => t + f(r), 0);
    const pooledFlags = { flagged: sum((r) => r.flags.flagged), pairs: sum((r) => r.flags.pairs), examples: [] };
    console.log(`\npooled over seeds ${seeds.join(", ")}:\n${table(pooled, pooledFlags, {})}`);
  }
}
