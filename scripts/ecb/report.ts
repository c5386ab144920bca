// Plain-text tables for ecb-check: one column per run mode, so whole-pile and per-topic figures sit side by side.
import type { Stage } from "../../lib/analyze/index";
import { type Figures, type MissReason, spread } from "./measure";

/** The share of multi-claim groups that may mix gold events: the target the pipeline is held to. */
export const MIXED_GROUP_TARGET = 0.03;

const pct = (n: number, d: number) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);
const ratio = (n: number, d: number) => `${n}/${d} (${pct(n, d)})`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "))
    .join("\n");
}

export function separationTable(figs: Figures[]): string {
  const row = (label: string, cell: (f: Figures) => string) => [label, ...figs.map(cell)];
  const groupShare = (f: Figures) => (f.multiGroups === 0 ? 0 : f.mixedGroups / f.multiGroups);
  return table([
    ["story separation", ...figs.map((f) => f.mode)],
    row("analyze() calls", (f) => `${f.calls}`),
    row("articles analysed / documents", (f) => `${f.articles}/${f.documents}`),
    row("stories / gold events", (f) => `${f.stories}/${f.events}`),
    row("single-article stories", (f) => `${f.singletonStories}`),
    row("largest story (articles)", (f) => `${f.largestStory}`),
    row("stories mixing events", (f) => ratio(f.mixedStories, f.stories)),
    row("same-story article pairs: precision", (f) => ratio(f.articlePairs.correct, f.articlePairs.predicted)),
    row("same-story article pairs: recall", (f) => ratio(f.articlePairs.correct, f.articlePairs.gold)),
    row("groups (all sizes)", (f) => `${f.groups}`),
    row("multi-claim groups mixing events", (f) => ratio(f.mixedGroups, f.multiGroups)),
    row(`  target <= ${MIXED_GROUP_TARGET}`, (f) => (groupShare(f) <= MIXED_GROUP_TARGET ? "met" : "NOT met")),
  ]);
}

export function recallTable(figs: Figures[]): string {
  const header = ["same-event pair recall", "pairs", "no claim", ...figs.flatMap((f) => [`${f.mode}: group`, "story"])];
  const rows = figs[0]!.recall.map((r, i) => [
    r.name,
    `${r.pairs}`,
    `${r.noClaim}`,
    ...figs.flatMap((f) => {
      const x = f.recall[i]!;
      return [ratio(x.sameGroup, x.pairs), pct(x.sameStory, x.pairs)];
    }),
  ]);
  const reasons: MissReason[] = ["no claim", "different stories", "same story, not grouped"];
  const missRows = reasons.map((reason) => [
    `  missed hard: ${reason}`,
    "",
    "",
    ...figs.flatMap((f) => [ratio(f.missedHard.filter((m) => m.reason === reason).length, f.missedHard.length), ""]),
  ]);
  return table([header, ...rows, ...missRows]);
}

export function sanityLines(f: Figures): string[] {
  return [
    `gold sentences (in some pair) located verbatim at their offsets: ${f.located}/${f.goldSentences}`,
    `gold sentences without any claim over them: ${ratio(f.withoutClaim, f.goldSentences)}`,
    `claims whose text is not raw.slice(start, end): ${f.claimOffsetErrors}`,
  ];
}

export function timingLine(f: Figures): string {
  const stages = (Object.entries(f.timings) as [Stage, number][]).map(([s, ms]) => `${s} ${(ms / 1000).toFixed(1)}`);
  return (
    `${f.mode}: ${f.calls} analyze() call(s), ${(f.analyzeMs / 1000).toFixed(1)} s wall; ` +
    `stages (s): ${stages.join(", ")}; peak heap after a stage ${f.peakHeapMb} MB`
  );
}

const clip = (t: string, n = 220) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);

export function exampleLines(f: Figures, n: number): string[] {
  const out = [`-- ${f.mode}: ${n} of ${f.missedHard.length} missed hard pairs (one per event first)`];
  for (const m of spread(f.missedHard, (x) => x.a.event, n)) {
    out.push(`[${m.a.event}] J=${m.j.toFixed(2)}  ${m.why}`);
    out.push(`  A ${m.a.file}: ${clip(m.a.text)}`);
    out.push(`  B ${m.b.file}: ${clip(m.b.text)}`);
  }
  out.push(
    `-- ${f.mode}: ${Math.min(n, f.mixedGroupExamples.length)} of ${f.mixedGroupExamples.length} groups mixing events`,
  );
  for (const g of spread(f.mixedGroupExamples, (x) => x.events.join("+"), n)) {
    out.push(`[${g.events.join(" + ")}]`);
    for (const c of g.claims) out.push(`  ${c.event} ${c.file}: ${clip(c.text)}`);
  }
  return out;
}
