// Figures on the unmutated batches: quote discrepancies between identical quotes, counted discrepancies per kind,
// and the person surnames the extractor found (the surname finder's vocabulary).
import { words } from "../../lib/text/normalize";
import { countsTowardVerdict } from "../../lib/judge/counts";
import { MIN_QUOTE_WORDS } from "./config";
import type { Batch } from "./run";
import { surnameOf, type Persons } from "./surname";

export type FalseFlags = { pairs: number; flagged: number; examples: string[] };

const wordsOf = (text: string) => words(text).join(" ");

export function falseFlags(batches: Batch[]): FalseFlags {
  const result: FalseFlags = { pairs: 0, flagged: 0, examples: [] };
  for (const { baseline, docs } of batches) {
    const eventOf = new Map(baseline.articles.map((a) => [a.id, docs.find((d) => d.file === a.file)?.event ?? a.id]));
    const byQuote = new Map<string, { claim: string; article: string; text: string }[]>();
    for (const c of baseline.claims)
      for (const q of c.facets.quotes) {
        const quoted = wordsOf(q.text);
        if (quoted.split(" ").length < MIN_QUOTE_WORDS) continue;
        const k = `${eventOf.get(c.articleId)}|${quoted}`;
        byQuote.set(k, [...(byQuote.get(k) ?? []), { claim: c.id, article: c.articleId, text: q.text }]);
      }
    const quoteFlags = baseline.groups.flatMap((g) => g.discrepancies).filter((d) => d.kind === "quote");
    const seen = new Set<string>();
    for (const holders of byQuote.values())
      for (const x of holders)
        for (const y of holders) {
          const pair = `${x.claim}|${y.claim}`;
          if (x.article >= y.article || seen.has(pair)) continue;
          seen.add(pair);
          result.pairs++;
          // A flag on another quote of the same two claims ("a spot at the bar" against "a spot at a bar") is not
          // a flag on this identical one.
          const about = (d: (typeof quoteFlags)[number]) =>
            [d.evidence.quote, d.evidence.counterpart].some(
              (t) => typeof t === "string" && wordsOf(t) === wordsOf(x.text),
            );
          const onPair = (d: (typeof quoteFlags)[number]) =>
            d.claimIds.includes(x.claim) && d.claimIds.includes(y.claim);
          if (!quoteFlags.some((d) => onPair(d) && about(d))) continue;
          result.flagged++;
          result.examples.push(`${x.claim} / ${y.claim}: "${x.text.slice(0, 90)}"`);
        }
  }
  return result;
}

export function countedByKind(batches: Batch[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { baseline } of batches)
    for (const d of baseline.groups.flatMap((g) => g.discrepancies))
      if (countsTowardVerdict(d)) out[d.kind] = (out[d.kind] ?? 0) + 1;
  return out;
}

/** The counted discrepancies of one kind on the unmutated corpus, with the claims' words: to read them by eye. */
export function countedExamples(batches: Batch[], kind: string): string[] {
  return batches.flatMap(({ baseline }) => {
    const text = new Map(baseline.claims.map((c) => [c.id, c.text]));
    return baseline.groups
      .flatMap((g) => g.discrepancies)
      .filter((d) => d.kind === kind && countsTowardVerdict(d))
      .map((d) => [d.summary, ...d.claimIds.map((id) => `  ${id}: ${text.get(id) ?? "?"}`)].join("\n"));
  });
}

export function persons(batches: Batch[]): Persons {
  const out: Persons = new Map();
  for (const { baseline } of batches) {
    const fileOf = new Map(baseline.articles.map((a) => [a.id, a.file]));
    for (const c of baseline.claims)
      for (const e of c.facets.entities) {
        const name = e.type === "person" ? surnameOf(e.text) : null;
        const file = fileOf.get(c.articleId)!;
        if (name) out.set(file, (out.get(file) ?? new Set()).add(name));
      }
  }
  return out;
}
