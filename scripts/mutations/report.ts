// Sampling of candidates and the printed table / --show detail / --json output.
import { words } from "../../lib/text/normalize";
import type { Span } from "../../lib/text/span";
import type { Kind } from "./config";
import { shuffle } from "./corpus";
import type { FalseFlags } from "./baseline";
import type { EventDoc, Mutation, Outcome } from "./types";

const span = ({ start, end }: Span): Span => ({ start, end });

/** Up to `limit` mutations, spread over events (one per event per round), one per fact and event. */
export function sample(candidates: Mutation[], docs: EventDoc[], limit: number, random: () => number): Mutation[] {
  const rawOf = new Map(docs.map((d) => [d.file, d.raw]));
  const seen = new Set<string>();
  const byEvent = new Map<string, Mutation[]>();
  for (const m of shuffle(candidates, random)) {
    const original = rawOf
      .get(m.file)!
      .slice(m.at, m.at + m.length)
      .toLowerCase();
    // One hedge per sentence wording: two outlets often carry the same sentence word for word.
    const sentence = words(rawOf.get(m.file)!.slice(m.sentence.start, m.sentence.end)).join(" ");
    const fact = m.kind === "hedge" ? sentence : original;
    const key = `${m.event}|${fact}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Keep only the offsets of the sentences (the finders hand over their tokens too), for a lean --json.
    const spans = { sentence: span(m.sentence), partnerSentence: span(m.partnerSentence) };
    byEvent.set(m.event, [...(byEvent.get(m.event) ?? []), { ...m, ...spans }]);
  }
  const out: Mutation[] = [];
  const queues = shuffle([...byEvent.values()], random);
  while (out.length < limit && queues.some((q) => q.length)) {
    for (const q of queues) if (q.length && out.length < limit) out.push(q.shift()!);
  }
  return out;
}

export type KindResult = { kind: Kind; n: number; grouped: number; flagged: number; counted: number; pre: number };

export function summarise(kind: Kind, outcomes: Outcome[]): KindResult {
  const count = (f: (o: Outcome) => boolean) => outcomes.filter(f).length;
  return {
    kind,
    n: outcomes.length,
    grouped: count((o) => o.grouped),
    flagged: count((o) => o.flagged),
    counted: count((o) => o.counted),
    pre: count((o) => o.preflagged),
  };
}

const pct = (k: number, n: number) => (n ? `${k} (${Math.round((100 * k) / n)}%)` : "0");

export function table(results: KindResult[], flags: FalseFlags, baseline: Record<string, number>): string {
  const head = ["kind", "n", "grouped", "flagged", "counted", "flagged before"];
  const rows = results.map((r) => [
    r.kind,
    String(r.n),
    pct(r.grouped, r.n),
    pct(r.flagged, r.n),
    pct(r.counted, r.n),
    String(r.pre),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  const rate = flags.pairs ? ((100 * flags.flagged) / flags.pairs).toFixed(1) : "0";
  const counted = Object.entries(baseline)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  return [
    line(head),
    ...rows.map(line),
    "",
    `false flags: ${flags.flagged} of ${flags.pairs} identical-quote claim pairs get a quote discrepancy on that quote (${rate}%)`,
    `counted discrepancies on the unmutated corpus: ${counted || "none"}`,
  ].join("\n");
}

export function show(o: Outcome, docs: EventDoc[]): string {
  const m = o.mutation;
  const doc = docs.find((d) => d.file === m.file)!;
  const partner = docs.find((d) => d.file === m.partnerFile)!;
  const before = doc.raw.slice(m.sentence.start, m.sentence.end);
  const cut = m.at - m.sentence.start;
  const after = before.slice(0, cut) + m.replacement + before.slice(cut + m.length);
  const mark = (b: boolean) => (b ? "yes" : "NO");
  return [
    `[${m.kind}] event ${m.event.slice(0, 8)} ${m.outlet} (partner ${m.partnerOutlet}): ${m.change}`,
    `  why: ${m.evidence}`,
    `  before:  ${before}`,
    `  after:   ${after}`,
    `  partner: ${partner.raw.slice(m.partnerSentence.start, m.partnerSentence.end)}`,
    `  claims ${o.changedClaim ?? "-"} / ${o.partnerClaim ?? "-"}; ` +
      `grouped ${mark(o.grouped)}, flagged ${mark(o.flagged)}, counted ${mark(o.counted)}` +
      `${o.preflagged ? " (flagged before the mutation)" : ""}; ` +
      `discrepancies on it: ${o.kindsSeen.join(" ") || "none"}`,
    ...(o.why ? [o.why] : []),
  ].join("\n");
}
