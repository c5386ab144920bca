import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { STORY_STATUSES } from "./column-values";
import { InvalidInputError, NotFoundError } from "./errors";
import { textField } from "./text-field";

type Tx = Prisma.TransactionClient;

/** Who a suggested story is attributed to: no editor made it. */
export const SEPARATION_NAME = "automatic story separation";

export const storyIdSchema = z.string().regex(/^s\d{1,9}$/, 'a story id is "s" and a number, e.g. s3');
export const storyTitleSchema = textField()
  .trim()
  .min(1, "a story needs a title")
  .max(200, "a story title is at most 200 characters");
export const storyDescriptionSchema = textField().trim().max(2000, "a description is at most 2,000 characters");

export type StoryStatus = (typeof STORY_STATUSES)[number];

export type NewStory = {
  title: string;
  description?: string;
  status: StoryStatus;
  createdById: string | null;
  createdBy: string;
};

/**
 * A new Story row, numbered after the highest so far. Callers hold the import lock (server/import-lock.ts), so two
 * writers never take one number.
 */
export async function insertStory(tx: Tx, story: NewStory): Promise<{ id: string; seq: number }> {
  const last = await tx.story.aggregate({ _max: { seq: true } });
  const seq = (last._max.seq ?? 0) + 1;
  const id = `s${seq}`;
  await tx.story.create({ data: { id, seq, description: "", ...story } });
  return { id, seq };
}

type Reader = Pick<Tx, "story">;

/**
 * A story named by id ("s3") or by its exact title (case aside), as the CLI's `--story` and the import form take it.
 * An unknown name is a NotFoundError; a title two stories share is refused, naming their ids.
 */
export async function storyByRef(reader: Reader, ref: string) {
  const wanted = ref.trim();
  if (storyIdSchema.safeParse(wanted).success) {
    const byId = await reader.story.findUnique({ where: { id: wanted } });
    if (byId) return byId;
  }
  // Case-blind matching, which SQLite's Prisma cannot ask for: titles are few and short, so read them all.
  const titles = await reader.story.findMany({ select: { id: true, title: true }, orderBy: { seq: "asc" } });
  const ids = titles.filter((s) => s.title.toLowerCase() === wanted.toLowerCase()).map((s) => s.id);
  const matches = ids.length
    ? await reader.story.findMany({ where: { id: { in: ids } }, orderBy: { seq: "asc" } })
    : [];
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1)
    throw new InvalidInputError(
      `${matches.length} stories are titled ${JSON.stringify(wanted)} (${matches.map((s) => s.id).join(", ")}): ` +
        "name one by its id",
      "ambiguous_story",
    );
  throw new NotFoundError(`Story ${JSON.stringify(wanted)}`);
}
