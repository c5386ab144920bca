import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";
import { callRoute } from "../helpers/api";

// Search on both providers: every word as a case-insensitive substring, claims and articles, one story or all.
const { importDocuments } = await import("@/server/import");
const { search } = await import("@/server/search");
const route = await import("@/app/api/search/route");

beforeAll(async () => {
  await freshStore();
  await importDocuments(storyDocuments("calder"));
  await importDocuments(storyDocuments("ashby"));
});
afterAll(removeStores);

describe("full-text search", () => {
  it("finds the claims holding every word, ignoring case, and the articles whose text holds them", async () => {
    const found = await search("BRIDGE Toll");
    expect(found.claims.map((c) => [c.key, c.outlet, c.story])).toEqual([
      ["3f2c8ad9d7cc6642:1069:1130", "North Wire", "s1"],
      ["fb7a73accde3bd14:966:1047", "South Gazette", "s1"],
    ]);
    expect(found.claims[0]!.text).toBe("The bridge toll rose to $3 last year, the port director said.");
    expect(found.claims[0]!.groupKey).toBe(found.claims[1]!.groupKey);
    expect(found.articles.map((a) => [a.id, a.title])).toEqual([
      [1, "Calder harbour bridge to close for repairs"],
      [2, "Calder bridge closure announced"],
    ]);
    expect(found.more).toBe(false);
  });

  it("matches words inside longer ones and across stories, or within the story asked for", async () => {
    const all = await search("warehouse");
    expect(new Set(all.articles.map((a) => a.story))).toEqual(new Set(["s2"]));
    expect(all.articles).toHaveLength(3);
    expect((await search("warehouse", "s1")).articles).toEqual([]);
    expect((await search("ware", "s2")).articles).toHaveLength(3);
    expect((await search("the", "s1")).claims.length).toBeGreaterThan((await search("the bridge", "s1")).claims.length);
  });

  it("takes SQL wildcards literally", async () => {
    expect(await search("%_%")).toMatchObject({ claims: [], articles: [] });
  });

  it("answers through GET /api/search, refusing a one-character search with 400", async () => {
    const ok = await callRoute(route.GET, "/api/search?q=mill%20fire&story=s2");
    expect(ok.status).toBe(200);
    expect(ok.body.story).toBe("s2");
    expect(ok.body.articles.map((a: { title: string }) => a.title)).toContain("Ashby mill fire destroys warehouse");
    const short = await callRoute(route.GET, "/api/search?q=a");
    expect(short.status).toBe(400);
    expect(short.body.code).toBe("bad_query");
  });
});
