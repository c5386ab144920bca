import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments, textDocument } from "../helpers/stories";
import { LOCAL_ACTOR, type Actor } from "@/server/actor";
import { ConflictError, ForbiddenError, NotFoundError } from "@/server/errors";

// Stories as workspaces on a real store: created and imported into, suggested from a mixed pile, accepted, renamed
// and corrected by moving articles, each write re-analysing exactly the stories it changed and audited.
const { importDocuments } = await import("@/server/import");
const { acceptStory, createStory, getStory, listStories, renameStory } = await import("@/server/stories");
const { moveArticles } = await import("@/server/story-moves");
const { auditEntries } = await import("@/server/audit");
const { db } = await import("@/server/db");

const [ashby, calder, riverton] = [storyDocuments("ashby"), storyDocuments("calder"), storyDocuments("riverton")];
const VIEWER: Actor = { userId: "u-viewer", name: "vera", role: "viewer" };
const EDITOR: Actor = { userId: "u-editor", name: "ed", role: "editor" };

const storyOfFiles = async () =>
  new Map((await db().article.findMany({ select: { file: true, story: true } })).map((a) => [a.file, a.story]));

/** Every derived row of these stories, as stored: what a write that does not involve them must leave as it was. */
async function derivedRows(stories: string[]) {
  const groups = await db().claimGroup.findMany({ where: { story: { in: stories } }, orderBy: { id: "asc" } });
  const claims = await db().claim.findMany({ where: { group: { story: { in: stories } } }, orderBy: { id: "asc" } });
  const discrepancies = await db().discrepancy.findMany({
    where: { group: { story: { in: stories } } },
    orderBy: { id: "asc" },
  });
  return { groups, claims, discrepancies };
}

beforeEach(freshStore);
afterAll(removeStores);

describe("a story an editor creates", () => {
  it("is accepted and empty, takes an import by title, and is audited", async () => {
    const story = await createStory(EDITOR, { title: "Calder bridge", description: "The harbour bridge closure" });
    expect(story).toMatchObject({ id: "s1", title: "Calder bridge", status: "accepted", createdBy: "ed", articles: 0 });
    const result = await importDocuments(calder, [], { story: "calder BRIDGE", actor: EDITOR });
    expect(result).toMatchObject({ added: 2, story: "s1" });
    expect(result.reanalysis?.analysed).toEqual(["s1"]);
    const rows = await db().article.findMany({ select: { story: true, placed: true } });
    expect(rows).toEqual([
      { story: "s1", placed: true },
      { story: "s1", placed: true },
    ]);
    expect(await getStory("s1")).toMatchObject({ articles: 2, groups: result.groups });
    expect(await db().claimGroup.count({ where: { story: { not: "s1" } } })).toBe(0);
    const audit = await auditEntries({ story: "s1" });
    expect(audit.map((e) => [e.action, e.actorName, e.target])).toEqual([
      ["import", "ed", "s1"],
      ["story", "ed", "s1"],
    ]);
    expect(audit[0]!.after).toEqual({
      into: "s1",
      added: (await db().article.findMany({ select: { id: true, file: true }, orderBy: { id: "asc" } })).map((a) => ({
        id: a.id,
        file: a.file,
      })),
      unchanged: [],
      refused: [],
    });
    expect(audit[1]!.after).toEqual({
      title: "Calder bridge",
      description: "The harbour bridge closure",
      status: "accepted",
    });
  });

  it("refuses a viewer, an unknown story and a title taken already, storing nothing", async () => {
    await expect(createStory(VIEWER, { title: "Anything" })).rejects.toThrow(ForbiddenError);
    await expect(importDocuments(calder, [], { actor: VIEWER })).rejects.toThrow(ForbiddenError);
    await expect(importDocuments(calder, [], { story: "no such story" })).rejects.toThrow(NotFoundError);
    await createStory(LOCAL_ACTOR, { title: "Ashby" });
    await expect(createStory(EDITOR, { title: " ashby " })).rejects.toThrow(ConflictError);
    await expect(createStory(EDITOR, { title: "" })).rejects.toThrow("title: a story needs a title");
    expect(await db().article.count()).toBe(0);
    expect((await listStories()).map((s) => s.title)).toEqual(["Ashby"]);
  });
});

describe("a mixed pile imported without a story", () => {
  beforeEach(async () => {
    await importDocuments([...ashby, ...calder, ...riverton], [], { actor: EDITOR });
  });

  it("is split into suggested stories, one per fixture story, titled by their first article", async () => {
    const stories = await listStories();
    expect(stories.map((s) => [s.status, s.articles, s.createdBy])).toEqual([
      ["suggested", 3, "automatic story separation"],
      ["suggested", 2, "automatic story separation"],
      ["suggested", 3, "automatic story separation"],
    ]);
    const storyOf = await storyOfFiles();
    for (const [k, docs] of [ashby, calder, riverton].entries())
      expect(new Set(docs.map((d) => storyOf.get(d.file)))).toEqual(new Set([stories[k]!.id]));
    const first = await db().article.findFirstOrThrow({ where: { story: stories[1]!.id }, orderBy: { id: "asc" } });
    expect(stories[1]!.title).toBe(first.title);
    expect((await auditEntries({})).filter((e) => e.action === "import").map((e) => e.story)).toEqual(
      stories.map((s) => s.id).reverse(),
    );
  });

  it("moves an article: re-analyses the two stories involved only, and audits the move", async () => {
    const [a, c, r] = (await listStories()).map((s) => s.id);
    const untouched = await derivedRows([r!]);
    const moved = await db().article.findFirstOrThrow({ where: { story: c }, orderBy: { id: "desc" } });
    const result = await moveArticles(EDITOR, { articleIds: [moved.id], to: a });
    expect(result).toMatchObject({ moved: [moved.id], to: a, from: [c] });
    expect(result.reanalysis.analysed).toEqual([a, c].sort());
    expect(await derivedRows([r!])).toEqual(untouched);
    expect(await db().article.findUniqueOrThrow({ where: { id: moved.id } })).toMatchObject({ story: a, placed: true });
    const movedClaims = await db().claim.findMany({ where: { articleId: moved.id }, include: { group: true } });
    expect(movedClaims.length).toBeGreaterThan(0);
    expect(new Set(movedClaims.map((cl) => cl.group?.story))).toEqual(new Set([a]));
    const [entry] = await auditEntries({ targets: [`article:${moved.id}`] });
    expect(entry).toMatchObject({
      action: "story",
      actorName: "ed",
      story: a,
      before: { story: c },
      after: { story: a },
    });
    await expect(moveArticles(VIEWER, { articleIds: [moved.id], to: c })).rejects.toThrow(ForbiddenError);
    await expect(moveArticles(EDITOR, { articleIds: [moved.id], to: "s99" })).rejects.toThrow(NotFoundError);
  });

  it("empties a suggested story by moving its articles out, and the suggestion goes", async () => {
    const [a, c] = (await listStories()).map((s) => s.id);
    const ids = (await db().article.findMany({ where: { story: c } })).map((x) => x.id);
    await moveArticles(EDITOR, { articleIds: ids, to: a });
    expect((await listStories()).map((s) => s.id)).not.toContain(c);
    expect(await db().claimGroup.count({ where: { story: c } })).toBe(0);
  });

  it("places a later unlabelled import by reading only the suggested stories that share its rarer terms", async () => {
    const [a] = (await listStories()).map((s) => s.id);
    // No word of it is in the fixture stories: the separation reads it alone and leaves every story as it was.
    const lone = textDocument("lone.txt", "East Post", "2024-07-01", [
      "Tarnley glassworks exhibits blue vases",
      "Tarnley glassblowers exhibited forty blue vases at the glassworks museum.",
    ]);
    const alone = await importDocuments([lone], [], { actor: EDITOR });
    expect(alone.reanalysis).toMatchObject({ separationRead: 1, storiesAnalysed: 1 });
    const followUp = { ...ashby[0]!, file: "ashby-follow-up.txt", raw: `${ashby[0]!.raw}\nMore to follow.\n` };
    const joined = await importDocuments([followUp], [], { actor: EDITOR });
    expect(joined.reanalysis).toMatchObject({ analysed: [a] });
    expect((await storyOfFiles()).get("ashby-follow-up.txt")).toBe(a);
  });

  it("indexes the terms of articles stored before terms were kept, once, and places by them", async () => {
    const [a] = (await listStories()).map((s) => s.id);
    const indexed = await db().articleTerm.findMany({ orderBy: [{ articleId: "asc" }, { term: "asc" }] });
    const counted = await db().termCount.findMany({ orderBy: { term: "asc" } });
    await db().articleTerm.deleteMany({});
    await db().termCount.deleteMany({});
    await db().article.updateMany({ data: { termsIndexed: false } });
    const followUp = { ...ashby[1]!, file: "ashby-later.txt", raw: `${ashby[1]!.raw}\nMore later.\n` };
    const joined = await importDocuments([followUp], [], { actor: EDITOR });
    expect(joined.reanalysis).toMatchObject({ analysed: [a] });
    const added = await db().article.findFirstOrThrow({ where: { file: "ashby-later.txt" } });
    const now = await db().articleTerm.findMany({
      where: { articleId: { not: added.id } },
      orderBy: [{ articleId: "asc" }, { term: "asc" }],
    });
    expect(now).toEqual(indexed);
    const addedTerms = new Set(
      (await db().articleTerm.findMany({ where: { articleId: added.id } })).map((r) => r.term),
    );
    const recounted = await db().termCount.findMany({ orderBy: { term: "asc" } });
    const before = recounted.map((c) => ({ ...c, articles: c.articles - (addedTerms.has(c.term) ? 1 : 0) }));
    expect(before.filter((c) => c.articles > 0)).toEqual(counted);
    expect(await db().article.count({ where: { termsIndexed: false } })).toBe(0);
  });

  it("accepts and renames a suggestion; a later unlabelled import leaves accepted stories and their rows alone", async () => {
    const [a, c, r] = (await listStories()).map((s) => s.id);
    const former = (await getStory(c!)).title;
    await acceptStory(EDITOR, c!);
    await expect(acceptStory(EDITOR, c!)).rejects.toThrow(ConflictError);
    const renamed = await renameStory(EDITOR, c!, { title: "Calder harbour bridge", description: "closure" });
    expect(renamed).toMatchObject({
      id: c,
      title: "Calder harbour bridge",
      description: "closure",
      status: "accepted",
    });
    const before = await derivedRows([a!, c!, r!]);
    const lone = textDocument("lone.txt", "East Post", "2024-07-01", [
      "Quarry at Fenwick to reopen",
      "The Fenwick quarry will reopen in August after a two-year closure, its owners said on Monday.",
    ]);
    const result = await importDocuments([lone], [], { actor: EDITOR });
    const stories = await listStories();
    expect(stories).toHaveLength(4);
    expect(result.reanalysis?.analysed).toEqual([stories[3]!.id]);
    expect(await derivedRows([a!, c!, r!])).toEqual(before);
    const log = await auditEntries({ story: c });
    expect(log.map((e) => [e.action, e.before, e.after])).toEqual([
      ["story", { title: former, description: "" }, { title: "Calder harbour bridge", description: "closure" }],
      ["story", { status: "suggested" }, { status: "accepted" }],
      ["import", null, expect.objectContaining({ into: null })],
    ]);
  });
});
