import type { Article } from "../ingest/types";
import type { Claim } from "../extract/types";
import type { Group } from "../judge/types";
import { matchClaims } from "../match/index";
import { groupClaims, linkEntities } from "../group/index";
import { judge } from "../judge/index";
import { linkFacts } from "../facts/index";

export type StoryStage = "match" | "facts" | "group" | "judge";

export type StoryAnalysis = {
  groups: Group[];
  pairsScored: number;
  /** Milliseconds per stage, for the scale bench. */
  timings: Record<StoryStage, number>;
};

/**
 * Match, link facts, group and judge the claims of one story, and nothing else: what an import re-runs for each
 * story it touches. Word rarity and name spellings are weighed within the story, so its groups depend on its own
 * articles only, never on how many other stories are stored.
 */
export function analyzeStory(storyId: string, articles: Article[], claims: Claim[]): StoryAnalysis {
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
  const clusters = time("group", () => groupClaims(claims, matches, score, links));
  const groups = time("judge", () =>
    judge(clusters, {
      claims: new Map(claims.map((c) => [c.id, c])),
      articles: new Map(articles.map((a) => [a.id, a])),
      variants,
      storyOf,
      facts,
      links,
    }),
  );
  return { groups: groups.map((g) => ({ ...g, storyId })), pairsScored, timings };
}
