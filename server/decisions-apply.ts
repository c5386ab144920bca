import type { Prisma } from "../generated/prisma/client";
import { analyzeStory } from "../lib/analyze/story";
import type { Claim } from "../lib/extract/types";
import { claimsOfRow, ingestRow } from "./kept-claims";
import { recordAliases, replaceStories, storedGroups } from "./store-analysis";
import { storedDecisions } from "./decisions-store";
import { configureMatcherOnce } from "./match-config";

type Tx = Prisma.TransactionClient;

/**
 * Re-run one story's analysis with the editors' decisions, as the next re-analysis will, so a decision shows at
 * once and shows the same afterwards: the story's articles and their kept claims are read back (no extraction),
 * matched, grouped, overlaid and judged again, and only its derived rows are replaced, with aliases for the keys
 * the decision retired. It costs what re-analysing the story on import costs.
 */
export async function reanalyseStoryNow(tx: Tx, storyId: string): Promise<void> {
  configureMatcherOnce();
  const rows = await tx.article.findMany({
    where: { story: storyId, next: null },
    select: { id: true, file: true, raw: true, meta: true, extraction: true },
    orderBy: { id: "asc" },
  });
  const articles = rows.map(ingestRow);
  const claims: Claim[] = [];
  for (const row of rows) claims.push(...(await claimsOfRow(tx, row)));
  const before = await storedGroups(tx, [storyId]);
  const analysis = analyzeStory(storyId, articles, claims, await storedDecisions(tx));
  const after = await replaceStories(tx, [{ id: storyId, articles, claims, groups: analysis.groups }]);
  await recordAliases(tx, before, after);
}
