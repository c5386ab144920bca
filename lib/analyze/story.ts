import type { Article } from "../ingest/types";
import type { Claim } from "../extract/types";
import type { DiscrepancyKind, Group } from "../judge/types";
import { matchClaims } from "../match/index";
import { groupClaims, linkEntities } from "../group/index";
import { claimKey, judge } from "../judge/index";
import { applyOverrides, type Override } from "../group/overrides";
import { linkFacts } from "../facts/index";

export type StoryStage = "match" | "facts" | "group" | "judge";

export type StoryAnalysis = {
  groups: Group[];
  pairsScored: number;
  /** Milliseconds per stage, for the scale bench. */
  timings: Record<StoryStage, number>;
};

/** Editors' decisions that shape a story's analysis, by claim keys: restructuring oldest first, and flags. */
export type StoryDecisions = {
  overrides: Override[];
  flags: { a: string; b: string; kind: DiscrepancyKind; note: string }[];
};

const NO_DECISIONS: StoryDecisions = { overrides: [], flags: [] };

/**
 * Match, link facts, group and judge the claims of one story, and nothing else: what an import re-runs for each
 * story it touches. Word rarity and name spellings are weighed within the story, so its groups depend on its own
 * articles only, never on how many other stories are stored.
 */
export function analyzeStory(
  storyId: string,
  articles: Article[],
  claims: Claim[],
  decisions: StoryDecisions = NO_DECISIONS,
): StoryAnalysis {
  const timings = {} as Record<StoryStage, number>;
  const time = <T>(stage: StoryStage, run: () => T): T => {
    const t0 = performance.now();
    const out = run();
    timings[stage] = performance.now() - t0;
    return out;
  };
  const storyOf = () => storyId;
  const variants = linkEntities(claims);
  const { matches, score, pairsScored } = time("match", () => matchClaims(claims, storyOf));
  const { facts, links } = time("facts", () => linkFacts(claims, storyOf, (a, b) => score(a, b).score));
  const hashOf = new Map(articles.map((a) => [a.id, a.hash]));
  const keyOf = new Map(claims.map((c) => [c.id, claimKey(c, hashOf.get(c.articleId) ?? c.articleId)]));
  const idOf = new Map([...keyOf].map(([id, key]) => [key, id]));
  // Editors' restructuring applies after grouping and before judging, so the verdicts reflect it.
  const clusters = time("group", () =>
    applyOverrides(groupClaims(claims, matches, score, links), decisions.overrides, (id) => keyOf.get(id)!, score),
  );
  const flags = decisions.flags.flatMap((f) => {
    const [a, b] = [idOf.get(f.a), idOf.get(f.b)];
    return a && b ? [{ ...f, a, b }] : [];
  });
  const groups = time("judge", () =>
    judge(clusters, {
      claims: new Map(claims.map((c) => [c.id, c])),
      articles: new Map(articles.map((a) => [a.id, a])),
      variants,
      storyOf,
      facts,
      links,
      flags,
    }),
  );
  return { groups: groups.map((g) => ({ ...g, storyId })), pairsScored, timings };
}
