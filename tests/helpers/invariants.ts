import { expect } from "vitest";
import { analyze, type Analysis } from "@/lib/analyze/index";
import type { SourceDocument } from "@/lib/ingest/types";

/** An article about nothing in any fixture, for checking that adding it leaves every other group's key alone. */
export const UNRELATED: SourceDocument = {
  file: "unrelated-library.txt",
  raw:
    "Library opens in Grunerlokka\n\nA public library with 40,000 books opened in the Grunerlokka district of Oslo " +
    "on Saturday, the city's culture office said.\n",
  manifest: { file: "unrelated-library.txt", outlet: "Nordic Wire", publishedAt: "2023-02-11" },
};

/**
 * What must hold of any analysis: every claim in exactly one group, at most one claim of an article per group,
 * claim text exactly the raw slice it points at, groups only over known claims.
 */
export function expectInvariants(analysis: Analysis): void {
  expect(analysis.claims.length, "an analysis with no claims proves nothing").toBeGreaterThan(0);
  const raw = new Map(analysis.articles.map((a) => [a.id, a.raw]));
  const claimById = new Map(analysis.claims.map((c) => [c.id, c]));
  expect(claimById.size, "claim ids are unique").toBe(analysis.claims.length);
  for (const c of analysis.claims) expect(c.text).toBe(raw.get(c.articleId)!.slice(c.start, c.end));
  const groupsOf = new Map<string, number>();
  for (const g of analysis.groups) {
    expect(g.claimIds.length).toBeGreaterThan(0);
    const articles = g.claimIds.map((id) => {
      const claim = claimById.get(id);
      expect(claim, `group ${g.key} names unknown claim ${id}`).toBeDefined();
      return claim!.articleId;
    });
    expect(new Set(articles).size, `group "${g.label}" holds two claims of one article`).toBe(articles.length);
    for (const id of g.claimIds) groupsOf.set(id, (groupsOf.get(id) ?? 0) + 1);
  }
  for (const c of analysis.claims) expect(groupsOf.get(c.id) ?? 0, `claim ${c.id} is in one group`).toBe(1);
  expect(new Set(analysis.groups.map((g) => g.key)).size, "group keys are unique").toBe(analysis.groups.length);
}

/**
 * Group keys hang editor reviews; they must not move when an unrelated article joins the batch. The unrelated
 * article goes first, so every other article's position and id shift: a key built from ids or positions breaks.
 */
export function expectKeysSurviveAnUnrelatedArticle(documents: SourceDocument[], analysis: Analysis): void {
  const more = analyze([UNRELATED, ...documents]);
  expectInvariants(more);
  const before = analysis.groups.map((g) => g.key).sort();
  const unrelated = more.articles.find((a) => a.file === UNRELATED.file)!;
  const after = more.groups
    .filter((g) => !g.claimIds.some((id) => more.claims.find((c) => c.id === id)!.articleId === unrelated.id))
    .map((g) => g.key)
    .sort();
  expect(after).toEqual(before);
}

/** Both checks, for tests that analyse documents of their own. */
export function analyzeChecked(documents: SourceDocument[]): Analysis {
  const analysis = analyze(documents);
  expectInvariants(analysis);
  expectKeysSurviveAnUnrelatedArticle(documents, analysis);
  return analysis;
}
