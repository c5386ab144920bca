import { expect } from "vitest";
import { db } from "@/server/db";

/**
 * What must hold of the store after any import or re-analysis: every claim in exactly one group, at most one claim
 * of an article per group, each claim's text exactly the slice of its article it points at, and no empty group.
 * Editors' merges and moves are applied before the groups are stored, and never put two claims of one article together.
 */
export async function expectStoredInvariants(): Promise<void> {
  const claims = await db().claim.findMany({
    select: {
      id: true,
      articleId: true,
      groupId: true,
      start: true,
      end: true,
      text: true,
      article: { select: { raw: true } },
    },
  });
  expect(claims.length, "a store with no claims proves nothing").toBeGreaterThan(0);
  const byGroup = new Map<number, number[]>();
  for (const c of claims) {
    expect(c.text, `claim ${c.id} is its exact raw slice`).toBe(c.article.raw.slice(c.start, c.end));
    expect(c.groupId, `claim ${c.id} is in a group`).not.toBeNull();
    byGroup.set(c.groupId!, [...(byGroup.get(c.groupId!) ?? []), c.articleId]);
  }
  for (const [groupId, articles] of byGroup)
    expect(new Set(articles).size, `group ${groupId} holds two claims of one article`).toBe(articles.length);
  const groups = await db().claimGroup.findMany({ select: { id: true } });
  expect(
    groups.filter((g) => !byGroup.has(g.id)).map((g) => g.id),
    "no stored group is empty",
  ).toEqual([]);
}
