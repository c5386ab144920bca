import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { db } from "./db";
import { requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { ConflictError, InvalidInputError, issueMessage, NotFoundError } from "./errors";
import { serialiseImports } from "./import-lock";
import { WEB_WRITE_WAIT_MS, whileBusy } from "./store-retry";
import { STORY_STATUSES } from "./column-values";
import { memoised } from "./store-stamp";
import { insertStory, storyByRef, storyDescriptionSchema, storyIdSchema, storyTitleSchema } from "./story-rows";

type Tx = Prisma.TransactionClient;

/** A story as lists and pages show it, with its counts. */
export type StorySummary = {
  id: string;
  title: string;
  description: string;
  status: (typeof STORY_STATUSES)[number];
  createdBy: string;
  createdAt: Date;
  articles: number;
  groups: number;
  discrepancies: number;
};

export const createStoryInput = z.object({ title: storyTitleSchema, description: storyDescriptionSchema.default("") });
export const renameStoryInput = z.object({ title: storyTitleSchema, description: storyDescriptionSchema.optional() });

/** zod's issues as one message naming each field, for a 400. */
export function parsed<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidInputError(issueMessage(result.error));
  return result.data;
}

/**
 * Every story, oldest first, with how many articles, groups and discrepancy groups each holds. The counts group
 * every article and group of the store, so they are read once per change to it (server/store-stamp.ts).
 */
export const listStories = (): Promise<StorySummary[]> => memoised("stories", readStories);

async function readStories(): Promise<StorySummary[]> {
  const prisma = db();
  const [rows, articles, groups, discrepancies] = await Promise.all([
    prisma.story.findMany({ orderBy: { seq: "asc" } }),
    prisma.article.groupBy({ by: ["story"], where: { next: null }, _count: { _all: true } }),
    prisma.claimGroup.groupBy({ by: ["story"], _count: { _all: true } }),
    prisma.claimGroup.groupBy({ by: ["story"], where: { verdict: "discrepancy" }, _count: { _all: true } }),
  ]);
  const count = (list: { story: string | null; _count: { _all: number } }[]) =>
    new Map(list.map((r) => [r.story, r._count._all]));
  const [a, g, d] = [count(articles), count(groups), count(discrepancies)];
  return rows.map((s) => summary(s, a.get(s.id) ?? 0, g.get(s.id) ?? 0, d.get(s.id) ?? 0));
}

/** One story by id or exact title, with its counts; NotFoundError when none. */
export async function getStory(ref: string): Promise<StorySummary> {
  const prisma = db();
  const row = await storyByRef(prisma, ref);
  const [articles, groups, discrepancies] = await Promise.all([
    prisma.article.count({ where: { story: row.id, next: null } }),
    prisma.claimGroup.count({ where: { story: row.id } }),
    prisma.claimGroup.count({ where: { story: row.id, verdict: "discrepancy" } }),
  ]);
  return summary(row, articles, groups, discrepancies);
}

/**
 * One story by its id alone (a path names a story by id, never by title); NotFoundError when none. Read once per
 * change to the store (server/store-stamp.ts): its pages and their lists ask on every request.
 */
export const storyById = (id: string): Promise<StorySummary> =>
  memoised(`story:${id}`, async () => getStory((await existing(db(), id)).id));

type StoryRow = Awaited<ReturnType<typeof storyByRef>>;

function summary(row: StoryRow, articles: number, groups: number, discrepancies: number): StorySummary {
  const status = z.enum(STORY_STATUSES).parse(row.status);
  const { id, title, description, createdBy, createdAt } = row;
  return { id, title, description, status, createdBy, createdAt, articles, groups, discrepancies };
}

/** An editor's new, empty story: accepted from the start, since an editor made it. */
export async function createStory(actor: Actor, input: unknown): Promise<StorySummary> {
  requireRole(actor, "editor");
  const { title, description } = parsed(createStoryInput, input);
  const id = await write(async (tx) => {
    await refuseTakenTitle(tx, title, null);
    const story = { title, description, status: "accepted" as const, createdById: actor.userId, createdBy: actor.name };
    const { id } = await insertStory(tx, story);
    await recordAudit(tx, actor, {
      action: "story",
      target: id,
      story: id,
      after: { title, description, status: "accepted" },
    });
    return id;
  });
  return getStory(id);
}

/** A new title (and description, when given) for a story; its articles and analysis stay as they are. */
export async function renameStory(actor: Actor, id: string, input: unknown): Promise<StorySummary> {
  requireRole(actor, "editor");
  const { title, description } = parsed(renameStoryInput, input);
  await write(async (tx) => {
    const before = await existing(tx, id);
    await refuseTakenTitle(tx, title, id);
    const after = { title, description: description ?? before.description };
    await tx.story.update({ where: { id }, data: after });
    await recordAudit(tx, actor, {
      action: "story",
      target: id,
      story: id,
      before: { title: before.title, description: before.description },
      after,
    });
  });
  return getStory(id);
}

/**
 * Accept a suggested story as it stands: from then on the automatic story separation leaves it and its articles be.
 * Accepting an accepted story is a 409.
 */
export async function acceptStory(actor: Actor, id: string): Promise<StorySummary> {
  requireRole(actor, "editor");
  await write(async (tx) => {
    const before = await existing(tx, id);
    if (before.status === "accepted") throw new ConflictError(`story ${id} is accepted already`);
    await tx.story.update({ where: { id }, data: { status: "accepted" } });
    await tx.article.updateMany({ where: { story: id }, data: { placed: true } });
    await recordAudit(tx, actor, {
      action: "story",
      target: id,
      story: id,
      before: { status: before.status },
      after: { status: "accepted" },
    });
  });
  return getStory(id);
}

async function existing(tx: Pick<Tx, "story">, id: string) {
  const row = storyIdSchema.safeParse(id).success ? await tx.story.findUnique({ where: { id } }) : null;
  if (!row) throw new NotFoundError(`Story ${JSON.stringify(id)}`);
  return row;
}

/** Titles name stories on the command line (`--story <title>`), so two stories may not share one. */
async function refuseTakenTitle(tx: Tx, title: string, self: string | null): Promise<void> {
  const clash = await storyByRef(tx, title).catch((e: unknown) => {
    if (e instanceof NotFoundError) return null;
    if (e instanceof InvalidInputError) throw new ConflictError(`stories are titled ${JSON.stringify(title)} already`);
    throw e;
  });
  if (clash && clash.id !== self && clash.title.toLowerCase() === title.toLowerCase())
    throw new ConflictError(`story ${clash.id} is titled ${JSON.stringify(clash.title)} already`);
}

/** A story write: one transaction holding the import lock, so story numbers and imports never interleave. */
function write<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
  return whileBusy(
    () =>
      db().$transaction(async (tx) => {
        await serialiseImports(tx);
        return run(tx);
      }),
    WEB_WRITE_WAIT_MS,
  );
}
