import { z } from "zod";
import { db } from "./db";
import { NotFoundError } from "./errors";
import { VERDICTS } from "./column-values";

// Stories are derived by analysis today ("s1", "s2", ... on articles and groups), as server/export-story.ts reads them.
export const storyIdSchema = z.string().regex(/^s\d{1,9}$/, "a story id is s and a number");

export const storySummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  articles: z.number().int(),
  claims: z.number().int(),
  groups: z.object({ agree: z.number().int(), discrepancy: z.number().int(), "single-source": z.number().int() }),
});
export type StorySummary = z.infer<typeof storySummarySchema>;

/** Articles that take part in analysis: an earlier version of a page is reached from its later one. */
const current = { next: null } as const;

async function summarise(id: string, articles: number): Promise<StorySummary> {
  const [lead, claims, tallies] = await Promise.all([
    db().article.findFirst({ where: { ...current, story: id, title: { not: null } }, orderBy: { id: "asc" } }),
    db().claim.count({ where: { article: { ...current, story: id } } }),
    db().claimGroup.groupBy({ by: ["verdict"], where: { story: id }, _count: { _all: true } }),
  ]);
  const count = (v: string) => tallies.find((t) => t.verdict === v)?._count._all ?? 0;
  const groups = Object.fromEntries(VERDICTS.map((v) => [v, count(v)])) as StorySummary["groups"];
  return { id, title: lead?.title ?? null, articles, claims, groups };
}

/** Every story, oldest first (by the number in its id), with its counts. */
export async function listStories(): Promise<StorySummary[]> {
  const rows = await db().article.groupBy({ by: ["story"], where: current, _count: { _all: true } });
  const stories = rows
    .filter((r): r is typeof r & { story: string } => r.story !== null)
    .sort((a, b) => Number(a.story.slice(1)) - Number(b.story.slice(1)));
  return Promise.all(stories.map((r) => summarise(r.story, r._count._all)));
}

/** One story with its counts; an id that names no story is a 404. */
export async function storySummary(id: string): Promise<StorySummary> {
  const parsed = storyIdSchema.safeParse(id);
  const articles = parsed.success ? await db().article.count({ where: { ...current, story: id } }) : 0;
  if (articles === 0) throw new NotFoundError(`Story ${JSON.stringify(id)}`);
  return summarise(id, articles);
}

/** The names of the outlets a story's articles come from, for a filter's choices. */
export async function storyOutlets(id: string): Promise<string[]> {
  const rows = await db().outlet.findMany({
    where: { articles: { some: { ...current, story: id } } },
    orderBy: { name: "asc" },
    select: { name: true },
  });
  return rows.map((r) => r.name);
}
