// --why: for each planted mutation, the facts the pipeline found at the changed claim and its partner, and whether
// the aligner linked them (before and after two-event pairs are taken apart), so a miss can be read by eye.
import type { Analysis } from "../../lib/analyze/index";
import { candidateLinks, factsOf, linkFacts, type Fact } from "../../lib/facts/index";
import { matchClaims } from "../../lib/match/index";
import { claimAt } from "./run";
import type { Mutation } from "./types";

function describe(f: Fact): string {
  const noun = f.noun ? ` noun ${f.noun}` : "";
  return `${f.kind} ${f.value} verbs [${f.verbs.join(" ")}]${noun} anchors [${f.anchors.join(" ")}]`;
}

export function explain(m: Mutation, after: Analysis): string {
  const changed = claimAt(after, m.file, m.at);
  const partner = claimAt(after, m.partnerFile, m.partnerAt);
  if (!changed || !partner) return `  why not: no claim at the ${changed ? "partner" : "changed"} offset`;
  const storyOf = (id: string) => after.stories.find((s) => s.articleIds.includes(id))?.id ?? id;
  const lines: string[] = [];
  if (storyOf(changed.articleId) !== storyOf(partner.articleId)) lines.push("  different stories");
  const kind = m.kind === "date" ? "date" : "quantity";
  const mine = factsOf(changed).filter((f) => f.kind === kind);
  const theirs = factsOf(partner).filter((f) => f.kind === kind);
  for (const f of mine) lines.push(`  changed fact: ${describe(f)}`);
  for (const f of theirs) lines.push(`  partner fact: ${describe(f)}`);
  const { score } = matchClaims(after.claims, storyOf);
  const similarity = (a: string, b: string) => score(a, b).score;
  const pair = (l: { a: string; b: string }) =>
    (l.a === changed.id && l.b === partner.id) || (l.b === changed.id && l.a === partner.id);
  const { facts, links } = linkFacts(after.claims, storyOf, similarity);
  const all = candidateLinks(facts, storyOf, similarity);
  const candidates = all.filter(pair);
  // The two articles' other links: when most of them disagree the aligner takes the articles for two events.
  const articleOf = new Map(after.claims.map((c) => [c.id, c.articleId]));
  const articles = new Set([changed.articleId, partner.articleId]);
  const between = all.filter((l) => articles.has(articleOf.get(l.a)!) && articles.has(articleOf.get(l.b)!));
  const differ = between.filter((l) => !l.sameValue);
  lines.push(`  article pair: ${between.length - differ.length} links agree, ${differ.length} differ`);
  for (const l of differ) {
    const text = (id: string) => after.claims.find((c) => c.id === id)?.text.slice(0, 70);
    lines.push(`    differs: ${l.kind} [${l.shared.join(" ")}] ${text(l.a)} | ${text(l.b)}`);
  }
  const kept = links.filter(pair);
  lines.push(`  similarity ${score(changed.id, partner.id).score.toFixed(3)}`);
  for (const l of candidates) lines.push(`  candidate link ${l.kind} shared [${l.shared.join(" ")}] score ${l.score}`);
  lines.push(`  links kept: ${kept.map((l) => `${l.kind} sameVerb ${l.sameVerb}`).join(", ") || "none"}`);
  return lines.join("\n");
}
