import type { NextRequest } from "next/server";
import { z } from "zod";
import { issueMessage, UnprocessableError } from "@/server/errors";
import { LIMITS, readForm } from "@/server/body";
import { guardWrite } from "@/server/request-guard";
import { redirectTo } from "@/server/public-url";
import { requireActor } from "@/server/auth/current-actor";
import { acceptStory, createStory, renameStory } from "@/server/stories";
import { formFailure, isFormPost } from "@/server/form-return";

const DONE = { create: "created", rename: "renamed", accept: "accepted", move: "moved" } as const;

const form = z.object({
  action: z.enum(["create", "rename", "accept", "move"]),
  story: z.string().default(""),
  title: z.string().default(""),
  description: z.string().optional(),
  article: z.string().default(""),
  to: z.string().default(""),
});

/**
 * The story forms of the overview and the story page: create, rename, accept, move an article. Each answers with a
 * redirect to the story's page saying what was done, or carrying only an error code, which the page words.
 */
export async function POST(request: NextRequest) {
  const fromForm = isFormPost(request);
  let back = "/";
  try {
    await guardWrite(request, "write");
    const actor = await requireActor(request.headers, "editor");
    const parsed = form.safeParse(Object.fromEntries(await readForm(request, LIMITS.reviewBytes)));
    if (!parsed.success) throw new UnprocessableError(issueMessage(parsed.error));
    const fields = parsed.data;
    back = fields.action === "create" ? "/" : `/stories/${encodeURIComponent(fields.story)}`;
    if (fields.action === "create") {
      const story = await createStory(actor, { title: fields.title, description: fields.description ?? "" });
      return redirectTo(`/stories/${story.id}?done=${DONE.create}`);
    }
    if (fields.action === "rename") await renameStory(actor, fields.story, fields);
    if (fields.action === "accept") await acceptStory(actor, fields.story);
    if (fields.action === "move") {
      // Loaded only here: a move re-analyses two stories, and the NLP pipeline is heavy to load.
      const { moveArticles } = await import("@/server/story-moves");
      await moveArticles(actor, { articleIds: [fields.article], to: fields.to });
      return redirectTo(`/stories/${encodeURIComponent(fields.to)}?done=${DONE.move}`);
    }
    return redirectTo(`${back}?done=${DONE[fields.action]}`);
  } catch (error) {
    return formFailure(error, fromForm ? back : null, "#story-form");
  }
}
