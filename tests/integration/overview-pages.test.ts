import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";
import { stubNext } from "../helpers/next-stubs";

// The overview of a store with more stories than one page holds: each page lists its own stories, newest first, with
// sections for those that hold articles, so a page's size does not grow with the store.
stubNext();

const { importDocuments } = await import("@/server/import");
const { createStory, listStories } = await import("@/server/stories");
const { LOCAL_ACTOR } = await import("@/server/actor");
const { OVERVIEW_LIMITS } = await import("@/server/overview");
const { default: Overview } = await import("@/app/page");

const render = async (page: string) =>
  renderToStaticMarkup(await Overview({ searchParams: Promise.resolve({ page }) }));
const storyLinks = (html: string) => [...html.matchAll(/<a href="\/stories\/(s\d+)">/g)].map((m) => m[1]!);

beforeAll(async () => {
  await freshStore();
  await importDocuments([...storyDocuments("calder"), ...storyDocuments("riverton")]);
  for (let i = 1; i <= OVERVIEW_LIMITS.storiesPerPage + 1; i++)
    await createStory(LOCAL_ACTOR, { title: `Desk story ${i}` });
});
afterAll(removeStores);

describe("an overview of more stories than a page holds", () => {
  it("lists a page of stories newest first, says how many there are, and links to the next page", async () => {
    const all = (await listStories()).map((s) => s.id).reverse();
    expect(all).toHaveLength(OVERVIEW_LIMITS.storiesPerPage + 3);
    const first = await render("1");
    expect(first).toContain(`${all.length} stories, newest first; this page lists 10 of them.`);
    expect(new Set(storyLinks(first))).toEqual(new Set(all.slice(0, 10)));
    expect(first).toContain("Page 1 of 2");
    expect(first).toContain('href="/?page=2"');
    // The newest ten are empty: no story section.
    expect(first).not.toContain('<section aria-labelledby="story-');
  });

  it("shows the older stories on the next page, with sections for those holding articles", async () => {
    const all = await listStories();
    const second = await render("2");
    expect(new Set(storyLinks(second))).toEqual(new Set(all.slice(0, 3).map((s) => s.id)));
    expect(second).toContain("Page 2 of 2");
    expect(second).toContain('href="/?page=1"');
    const imported = all.filter((s) => s.articles > 0);
    expect(imported).toHaveLength(2);
    for (const story of imported) expect(second).toContain(`<section aria-labelledby="story-${story.id}"`);
  });
});
