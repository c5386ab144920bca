import { z } from "zod";
import { db } from "./db";
import { requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { InvalidInputError, NotFoundError } from "./errors";
import { serialiseImports } from "./import-lock";
import { WEB_WRITE_WAIT_MS, whileBusy } from "./store-retry";
import { reanalyse, type Reanalysis } from "./reanalysis";
import { storyIdSchema } from "./story-rows";
import { parsed } from "./stories";

/** Articles moved in one write: the form moves one, the API a handful; a story's worth is a re-import. */
export const MAX_MOVED_ARTICLES = 200;

export const moveArticlesInput = z.object({
  articleIds: z.array(z.coerce.number().int().positive()).min(1, "name at least one article").max(MAX_MOVED_ARTICLES),
  to: storyIdSchema,
});

export type MoveResult = { moved: number[]; to: string; from: string[]; reanalysis: Reanalysis };

/**
 * Move articles into another story, as an editor correcting a suggestion does. The moved articles are placed (the
 * automatic separation leaves them there), and exactly the stories they left and the one they joined are
 * re-analysed; every other story's groups, keys and decisions stay untouched. A suggested story left empty goes.
 */
export async function moveArticles(actor: Actor, input: unknown): Promise<MoveResult> {
  requireRole(actor, "editor");
  const { articleIds, to } = parsed(moveArticlesInput, input);
  const ids = [...new Set(articleIds)];
  const write = () =>
    db().$transaction(
      async (tx) => {
        await serialiseImports(tx);
        if (!(await tx.story.findUnique({ where: { id: to } }))) throw new NotFoundError(`Story ${JSON.stringify(to)}`);
        const rows = await tx.article.findMany({
          where: { id: { in: ids } },
          select: { id: true, story: true, next: true },
        });
        const missing = ids.filter((id) => !rows.some((r) => r.id === id));
        if (missing.length) throw new NotFoundError(`Article ${missing.join(", ")}`);
        const replaced = rows.filter((r) => r.next !== null).map((r) => r.id);
        if (replaced.length)
          throw new InvalidInputError(`article ${replaced.join(", ")} has a later version: move that one instead`);
        const moving = rows.filter((r) => r.story !== to);
        await tx.article.updateMany({ where: { id: { in: ids } }, data: { story: to, placed: true } });
        const from = [...new Set(moving.flatMap((r) => (r.story ? [r.story] : [])))].sort();
        const reanalysis = await reanalyse(tx, { stories: moving.length ? [to, ...from] : [], separate: false });
        for (const r of moving)
          await recordAudit(tx, actor, {
            action: "story",
            target: `article:${r.id}`,
            story: to,
            before: { story: r.story },
            after: { story: to },
          });
        return { moved: moving.map((r) => r.id), to, from, reanalysis };
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
  return whileBusy(write, WEB_WRITE_WAIT_MS);
}
