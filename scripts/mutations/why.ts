// --why: for each planted mutation, the facts the pipeline found at the changed claim and its partner, and whether
// the aligner linked them (before and after two-event pairs are taken apart), so a miss can be read by eye.
import type { Analysis } from "../../lib/analyze/index";
import { candidateLinks, factsOf, linkFacts, type Fact } from "../../lib/facts/index";
import { matchClaims } from "../../lib/match/index";
import { claimAt } from "./run";
import type { Mutation } from "./types";

function describe(f: Fact): string {
  return `${f.kind} ${f.value} verbs [${f.verbs.join(" ")}] anchors [${f.anchors.join(" ")}]`;
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
  const candidates = candidateLinks(facts, storyOf, similarity).filter(pair);
  const kept = links.filter(pair);
  lines.push(`  similarity ${score(changed.id, partner.id).score.toFixed(3)}`);
  for (const l of candidates) lines.push(`  candidate link ${l.kind} shared [${l.shared.join(" ")}] score ${l.score}`);
  lines.push(`  links kept: ${kept.map((l) => `${l.kind} sameVerb ${l.sameVerb}`).join(", ") || "none"}`);
  return lines.join("\n");
}
