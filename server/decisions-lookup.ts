import { db } from "./db";
import { ConflictError, NotFoundError } from "./errors";

/** A live claim and the group it is in now, or a 404 naming the key. */
export async function claimNow(key: string) {
  const claim = await db().claim.findUnique({
    where: { key },
    select: { key: true, articleId: true, group: { select: { key: true, story: true } } },
  });
  if (!claim?.group) throw new NotFoundError(`Claim ${key}`);
  return { key: claim.key, articleId: claim.articleId, groupKey: claim.group.key, story: claim.group.story };
}

/**
 * A live group with its members' claim keys. A key re-analysis retired is a 409 saying where its claims went (the
 * editor saw other members than the group holds now), and a key that names nothing is a 404.
 */
export async function groupNow(key: string) {
  const group = await db().claimGroup.findUnique({
    where: { key },
    select: { key: true, story: true, claims: { select: { key: true }, orderBy: { id: "asc" } } },
  });
  if (group) return { key, story: group.story, claimKeys: group.claims.map((c) => c.key) };
  const alias = await db().groupAlias.findUnique({ where: { key } });
  if (!alias) throw new NotFoundError(`Group ${key}`);
  throw new ConflictError(
    `group ${key} changed when its story was re-analysed; its claims are now mostly in group ${alias.targetKey}`,
  );
}

/** Two things an editor relates must be in one story: analysis never compares across stories. */
export function sameStory(what: string, a: { story: string }, b: { story: string }): void {
  if (a.story !== b.story) throw new ConflictError(`${what} are in different stories (${a.story}, ${b.story})`);
}

/** The group each of these claims is in now, after a decision re-ran its story. */
export async function groupsOf(claimKeys: string[]): Promise<string[]> {
  const rows = await db().claim.findMany({
    where: { key: { in: claimKeys } },
    select: { group: { select: { key: true } } },
  });
  return [...new Set(rows.flatMap((r) => (r.group ? [r.group.key] : [])))];
}
