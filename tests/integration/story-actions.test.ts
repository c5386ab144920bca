import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";
import { formData, postRequest } from "../helpers/requests";

// The story forms of the overview and the story page, posted to /api/story-actions as a browser would: each
// answers with a redirect to the story saying what was done, and changes the store.
const { importDocuments } = await import("@/server/import");
const { listStories } = await import("@/server/stories");
const { db } = await import("@/server/db");
const { POST } = await import("@/app/api/story-actions/route");

beforeEach(async () => {
  await freshStore();
  // An unlabelled pile: the automatic separation suggests one story for each.
  await importDocuments([...storyDocuments("calder"), ...storyDocuments("riverton")]);
});
afterAll(removeStores);

function post(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return POST(postRequest("/api/story-actions", formData(fields), headers));
}

/** The two suggested stories, told apart by an article's file. */
async function stories() {
  const files = await db().article.findMany({ select: { id: true, file: true, story: true }, orderBy: { id: "asc" } });
  const calderFiles = new Set(storyDocuments("calder").map((d) => d.file));
  const calder = files.find((f) => calderFiles.has(f.file))!.story!;
  const riverton = files.find((f) => !calderFiles.has(f.file))!.story!;
  return { calder, riverton, articles: files };
}

describe("/api/story-actions", () => {
  it("accepts and renames a suggested story, each with a redirect saying so", async () => {
    const { calder, riverton } = await stories();
    expect(calder).not.toBe(riverton);
    const accepted = await post({ action: "accept", story: calder });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get("location")).toBe(`/stories/${calder}?done=accepted`);
    const renamed = await post({ action: "rename", story: riverton, title: "River flood", description: "Levees" });
    expect(renamed.headers.get("location")).toBe(`/stories/${riverton}?done=renamed`);
    const rows = new Map((await listStories()).map((s) => [s.id, s]));
    expect(rows.get(calder)).toMatchObject({ status: "accepted" });
    expect(rows.get(riverton)).toMatchObject({ status: "suggested", title: "River flood", description: "Levees" });
    const log = await db().auditEntry.findMany({ where: { action: "story" }, select: { target: true } });
    expect(log.map((e) => e.target)).toEqual([calder, riverton]);
  });

  it("moves an article to another story and goes to the story it joined", async () => {
    const { calder, riverton, articles } = await stories();
    const moving = articles.find((a) => a.story === riverton)!;
    const moved = await post({ action: "move", story: riverton, article: String(moving.id), to: calder });
    expect(moved.status).toBe(303);
    expect(moved.headers.get("location")).toBe(`/stories/${calder}?done=moved`);
    expect((await db().article.findUniqueOrThrow({ where: { id: moving.id } })).story).toBe(calder);
  });

  it("answers an unknown action with 422 {error, code} for JSON callers, and the error code for the form", async () => {
    const json = await post({ action: "delete", story: "s1" }, { accept: "application/json" });
    expect(json.status).toBe(422);
    const body = (await json.json()) as { error: string; code: string };
    expect(body.code).toBe("invalid_body");
    expect(body.error).toMatch(/^action: /);
    const form = await post({ action: "delete", story: "s1" });
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toBe("/?error=invalid_body#story-form");
    expect(await db().auditEntry.count({ where: { action: "story" } })).toBe(0);
  });
});
