// Score analyze() runs against the ECB+ gold: story separation, event mixing in groups, same-event pair recall.
import type { Analysis, Stage } from "../../lib/analyze/index";
import type { Claim } from "../../lib/extract/types";
import { EASY_JACCARD, jaccard } from "./lexical";
import type { EcbCorpus, EcbDoc, GoldPair, GoldSpan } from "./corpus";

/** One analyze() call: the documents in the order given (document i was named doc-<i+1>) and what came back. */
export type Run = { docs: EcbDoc[]; analysis: Analysis; wallMs: number };

/** A gold pair with what the recall table splits on. */
export type Pair = GoldPair & { j: number; hard: boolean; firstLine: boolean };

export type RecallRow = { name: string; pairs: number; noClaim: number; sameStory: number; sameGroup: number };

export type ExampleClaim = { file: string; event: string; text: string };
export type MissReason = "no claim" | "different stories" | "same story, not grouped";
export type MissedPair = { a: ExampleClaim; b: ExampleClaim; j: number; reason: MissReason; why: string };
export type MixedGroup = { events: string[]; claims: ExampleClaim[] };

export type Figures = {
  mode: "whole" | "per-topic";
  calls: number;
  documents: number;
  articles: number;
  events: number;
  stories: number;
  singletonStories: number;
  mixedStories: number;
  largestStory: number;
  /** Article pairs: same gold event, put in one story, both. */
  articlePairs: { gold: number; predicted: number; correct: number };
  groups: number;
  multiGroups: number;
  mixedGroups: number;
  /** Distinct sentences in some gold pair; found verbatim at their offsets; overlapped by no claim. */
  goldSentences: number;
  located: number;
  withoutClaim: number;
  /** Claims whose text is not raw.slice(start, end): offsets the mapping could not trust. */
  claimOffsetErrors: number;
  recall: RecallRow[];
  timings: Record<Stage, number>;
  analyzeMs: number;
  peakHeapMb: number;
  missedHard: MissedPair[];
  mixedGroupExamples: MixedGroup[];
};

const ROWS: { name: string; keep: (p: Pair) => boolean }[] = [
  { name: "all pairs", keep: () => true },
  { name: `easy (J >= ${EASY_JACCARD})`, keep: (p) => !p.hard },
  { name: `hard (J < ${EASY_JACCARD})`, keep: (p) => p.hard },
  { name: "hard, no first line", keep: (p) => p.hard && !p.firstLine },
  { name: "README easy (gold J >= 0.5)", keep: (p) => p.easy },
];

export function classify(corpus: EcbCorpus): Pair[] {
  const first = new Map(corpus.docs.map((d) => [d.file, d.firstLine]));
  const isFirst = ([file, start]: GoldSpan) => first.get(file)?.[0] === start;
  return corpus.pairs.map((p) => {
    const j = jaccard(p.a_text, p.b_text);
    return { ...p, j, hard: j < EASY_JACCARD, firstLine: isFirst(p.a) || isFirst(p.b) };
  });
}

export function emptyFigures(mode: Figures["mode"]): Figures {
  return {
    mode,
    calls: 0,
    documents: 0,
    articles: 0,
    events: 0,
    stories: 0,
    singletonStories: 0,
    mixedStories: 0,
    largestStory: 0,
    articlePairs: { gold: 0, predicted: 0, correct: 0 },
    groups: 0,
    multiGroups: 0,
    mixedGroups: 0,
    goldSentences: 0,
    located: 0,
    withoutClaim: 0,
    claimOffsetErrors: 0,
    recall: ROWS.map((r) => ({ name: r.name, pairs: 0, noClaim: 0, sameStory: 0, sameGroup: 0 })),
    timings: { ingest: 0, extract: 0, stories: 0, match: 0, facts: 0, group: 0, judge: 0 },
    analyzeMs: 0,
    peakHeapMb: 0,
    missedHard: [],
    mixedGroupExamples: [],
  };
}

const overlaps = (c: Claim, start: number, end: number) => c.start < end && c.end > start;

/** Add one run's figures to `fig`; `pairs` may hold pairs of other runs, which are skipped. */
export function addRun(fig: Figures, run: Run, pairs: Pair[]): void {
  const { analysis, docs } = run;
  const docOfName = new Map(docs.map((d, i) => [`doc-${String(i + 1).padStart(3, "0")}.txt`, d]));
  const docOf = new Map(analysis.articles.map((a) => [a.id, docOfName.get(a.file)!]));
  const articleOf = new Map(analysis.articles.map((a) => [docOf.get(a.id)!.file, a]));
  const claimsOf = new Map<string, Claim[]>();
  for (const c of analysis.claims) claimsOf.set(c.articleId, [...(claimsOf.get(c.articleId) ?? []), c]);
  const eventOfClaim = (c: Claim) => docOf.get(c.articleId)!.event;
  const example = (c: Claim): ExampleClaim => ({
    file: docOf.get(c.articleId)!.file,
    event: eventOfClaim(c),
    text: c.text,
  });

  fig.calls++;
  fig.documents += docs.length;
  fig.articles += analysis.articles.length;
  fig.events += new Set(docs.map((d) => d.event)).size;
  const rawOf = new Map(analysis.articles.map((a) => [a.id, a.raw]));
  fig.claimOffsetErrors += analysis.claims.filter(
    (c) => rawOf.get(c.articleId)?.slice(c.start, c.end) !== c.text,
  ).length;

  // Stories.
  const storyOf = new Map(analysis.stories.flatMap((s) => s.articleIds.map((id) => [id, s.id] as const)));
  fig.stories += analysis.stories.length;
  fig.singletonStories += analysis.stories.filter((s) => s.articleIds.length === 1).length;
  fig.mixedStories += analysis.stories.filter(
    (s) => new Set(s.articleIds.map((id) => docOf.get(id)!.event)).size > 1,
  ).length;
  fig.largestStory = Math.max(fig.largestStory, ...analysis.stories.map((s) => s.articleIds.length));
  const ids = analysis.articles.map((a) => a.id);
  for (let i = 0; i < ids.length; i++)
    for (let k = i + 1; k < ids.length; k++) {
      const gold = docOf.get(ids[i]!)!.event === docOf.get(ids[k]!)!.event;
      const predicted = storyOf.get(ids[i]!) === storyOf.get(ids[k]!);
      if (gold) fig.articlePairs.gold++;
      if (predicted) fig.articlePairs.predicted++;
      if (gold && predicted) fig.articlePairs.correct++;
    }

  // Groups: a group of one claim cannot mix events nor recall a pair.
  const byId = new Map(analysis.claims.map((c) => [c.id, c]));
  const multi = analysis.groups.filter((g) => g.claimIds.length > 1);
  const groupOf = new Map(multi.flatMap((g) => g.claimIds.map((id) => [id, g] as const)));
  fig.groups += analysis.groups.length;
  fig.multiGroups += multi.length;
  for (const g of multi) {
    const claims = g.claimIds.map((id) => byId.get(id)!);
    const events = [...new Set(claims.map(eventOfClaim))].sort();
    if (events.length < 2) continue;
    fig.mixedGroups++;
    fig.mixedGroupExamples.push({ events, claims: claims.map(example) });
  }

  // Gold sentences: found at their offsets, and the claims overlapping them.
  const sentenceClaims = new Map<string, Claim[]>();
  const locate = ([file, start, end]: GoldSpan, text: string): Claim[] => {
    const key = `${file}:${start}:${end}`;
    const known = sentenceClaims.get(key);
    if (known) return known;
    const article = articleOf.get(file);
    const found = (claimsOf.get(article?.id ?? "") ?? []).filter((c) => overlaps(c, start, end));
    fig.goldSentences++;
    if (article?.raw.slice(start, end) === text) fig.located++;
    if (found.length === 0) fig.withoutClaim++;
    sentenceClaims.set(key, found);
    return found;
  };

  for (const p of pairs) {
    if (!articleOf.has(p.a[0]) || !articleOf.has(p.b[0])) continue;
    const ca = locate(p.a, p.a_text);
    const cb = locate(p.b, p.b_text);
    const sameStory = storyOf.get(articleOf.get(p.a[0])!.id) === storyOf.get(articleOf.get(p.b[0])!.id);
    const sameGroup = ca.some((x) => cb.some((y) => groupOf.has(x.id) && groupOf.get(x.id) === groupOf.get(y.id)));
    const noClaim = ca.length === 0 || cb.length === 0;
    ROWS.forEach((row, i) => {
      if (!row.keep(p)) return;
      const r = fig.recall[i]!;
      r.pairs++;
      if (noClaim) r.noClaim++;
      if (sameStory) r.sameStory++;
      if (sameGroup) r.sameGroup++;
    });
    if (!p.hard || sameGroup) continue;
    const sizes = (cs: Claim[]) => cs.map((c) => groupOf.get(c.id)?.claimIds.length ?? 1).join("/");
    let reason: MissReason = "same story, not grouped";
    let why = `same story; sizes of the claims' groups ${sizes(ca)} vs ${sizes(cb)}`;
    if (noClaim) {
      reason = "no claim";
      why = `no claim over ${ca.length === 0 ? "A" : "B"}`;
    } else if (!sameStory) {
      reason = "different stories";
      why = reason;
    }
    fig.missedHard.push({
      a: { file: p.a[0], event: docOf.get(articleOf.get(p.a[0])!.id)!.event, text: p.a_text },
      b: { file: p.b[0], event: docOf.get(articleOf.get(p.b[0])!.id)!.event, text: p.b_text },
      j: p.j,
      reason,
      why,
    });
  }

  for (const stage of Object.keys(fig.timings) as Stage[]) fig.timings[stage] += analysis.stats.timings[stage];
  fig.analyzeMs += run.wallMs;
  fig.peakHeapMb = Math.max(fig.peakHeapMb, ...Object.values(analysis.stats.heapMb));
}

/** Up to n items, taken round-robin over `key` so examples come from many events, not the first one. */
export function spread<T>(items: T[], key: (t: T) => string, n: number): T[] {
  const buckets = new Map<string, T[]>();
  for (const t of items) buckets.set(key(t), [...(buckets.get(key(t)) ?? []), t]);
  const out: T[] = [];
  for (let round = 0; out.length < n && out.length < items.length; round++)
    for (const b of buckets.values()) if (b[round] && out.length < n) out.push(b[round]!);
  return out;
}
