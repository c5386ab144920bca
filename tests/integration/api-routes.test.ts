import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";
import { NextRequest } from "next/server";
import { callRoute } from "../helpers/api";
import { TEST_ORIGIN } from "../helpers/requests";

// Each JSON route through its handler on a real store (SQLite, then PostgreSQL in the second project): statuses and
// bodies with the values the two test stories give.
const { importDocuments } = await import("@/server/import");
const stories = await import("@/app/api/stories/route");
const story = await import("@/app/api/stories/[id]/route");
const groups = await import("@/app/api/stories/[id]/groups/route");
const reviews = await import("@/app/api/groups/[key]/reviews/route");
const audit = await import("@/app/api/stories/[id]/audit/route");
const articles = await import("@/app/api/stories/[id]/articles/route");
const claimReviews = await import("@/app/api/claims/[key]/reviews/route");
const split = await import("@/app/api/groups/[key]/split/route");
const merge = await import("@/app/api/groups/merge/route");
const move = await import("@/app/api/claims/[key]/move/route");
const flags = await import("@/app/api/claims/[key]/flags/route");

const SUGGESTED = { description: "", status: "suggested", createdBy: "automatic story separation" };
const CALDER = {
  id: "s1",
  title: "Calder harbour bridge to close for repairs",
  ...SUGGESTED,
  articles: 2,
  groups: 17,
  discrepancies: 5,
};
const FREIGHT = "c6f91765e64b4843bb40";

beforeAll(async () => {
  await freshStore();
  await importDocuments(storyDocuments("calder"));
  await importDocuments(storyDocuments("ashby"));
});
afterAll(removeStores);

describe("stories", () => {
  it("lists every story with its title, description, status and counts", async () => {
    const { status, body } = await callRoute(stories.GET, "/api/stories");
    expect(status).toBe(200);
    const createdAt = expect.stringMatching(/^\d{4}-\d\d-\d\dT/);
    expect(body).toEqual({
      stories: [
        { ...CALDER, createdAt },
        {
          id: "s2",
          title: "Ashby mill fire destroys warehouse",
          ...SUGGESTED,
          createdAt,
          articles: 3,
          groups: 5,
          discrepancies: 1,
        },
      ],
    });
  });

  it("answers one story, and 404 for an id that names none or is no id", async () => {
    expect((await callRoute(story.GET, "/api/stories/s1", { id: "s1" })).body).toMatchObject(CALDER);
    const missing = await callRoute(story.GET, "/api/stories/s9", { id: "s9" });
    expect(missing).toEqual({ status: 404, body: { error: 'Story "s9" was not found', code: "not_found" } });
    expect((await callRoute(story.GET, "/api/stories/x", { id: "x" })).status).toBe(404);
  });
});

describe("a story's groups", () => {
  it("lists them with keys, claims, spans and discrepancies, paginated", async () => {
    const { status, body } = await callRoute(groups.GET, "/api/stories/s1/groups?verdict=discrepancy&pageSize=2", {
      id: "s1",
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ story: "s1", total: 5, page: 1, pageSize: 2 });
    expect(body.groups.map((g: { key: string }) => g.key)).toEqual([FREIGHT, "872165682a9e8fe583b7"]);
    expect(body.groups[0]).toEqual({
      key: FREIGHT,
      rank: 1,
      verdict: "discrepancy",
      severity: 6,
      label: "Freight traffic fell 8 percent after the 5 km approach road closed, the authority said.",
      claims: [
        {
          key: "3f2c8ad9d7cc6642:1132:1219",
          articleId: 1,
          outlet: "North Wire",
          publishedAt: "2024-06-03",
          text: "Freight traffic fell 8 percent after the 5 km approach road closed, the authority said.",
          span: { start: 1132, end: 1219 },
          review: null,
        },
        {
          key: "fb7a73accde3bd14:1049:1136",
          articleId: 2,
          outlet: "South Gazette",
          publishedAt: "2024-06-04",
          text: "Freight traffic fell 5 percent after the 8 km approach road closed, the authority said.",
          span: { start: 1049, end: 1136 },
          review: null,
        },
      ],
      discrepancies: [
        {
          kind: "quantity",
          severity: 3,
          summary: '8 % ("8 percent") against 5 % ("5 percent")',
          claimKeys: ["3f2c8ad9d7cc6642:1132:1219", "fb7a73accde3bd14:1049:1136"],
        },
        {
          kind: "quantity",
          severity: 3,
          summary: '5 km ("5 km") against 8 km ("8 km")',
          claimKeys: ["3f2c8ad9d7cc6642:1132:1219", "fb7a73accde3bd14:1049:1136"],
        },
      ],
      flags: [],
      latestReview: null,
    });
    const second = await callRoute(groups.GET, "/api/stories/s1/groups?verdict=discrepancy&pageSize=2&page=3", {
      id: "s1",
    });
    expect(second.body.groups).toHaveLength(1);
  });

  it("narrows by kind, outlet, words and dates, and refuses a value that is none of a filter's", async () => {
    const keys = async (query: string) =>
      (await callRoute(groups.GET, `/api/stories/s1/groups?${query}`, { id: "s1" })).body.groups.map(
        (g: { key: string }) => g.key,
      );
    expect(await keys("q=freight%20PERCENT")).toEqual([FREIGHT]);
    expect(await keys("kind=quantity&q=contract")).toEqual(["872165682a9e8fe583b7"]);
    expect(await keys("outlet=Nobody")).toEqual([]);
    expect(await keys("from=2024-06-05")).toEqual([]);
    // 17 groups: all but one single-source group of South Gazette (published 2024-06-04) have a North Wire claim.
    expect((await keys("to=2024-06-03")).length).toBe(16);
    expect((await keys("outlet=South%20Gazette&verdict=single-source")).length).toBe(1);
    const bad = await callRoute(groups.GET, "/api/stories/s1/groups?kind=colour", { id: "s1" });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe("bad_query");
    expect(bad.body.error).toMatch(/^query: kind: Invalid option/);
  });
});

describe("reviewing a group", () => {
  it("stores a review (201), shows it as the latest with its reviewer, and audits it in the story's log", async () => {
    const posted = await callRoute(
      reviews.POST,
      `/api/groups/${FREIGHT}/reviews`,
      { key: FREIGHT },
      {
        status: "disputed",
        note: "the two outlets swap the figures",
      },
    );
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({
      groupKey: FREIGHT,
      status: "disputed",
      note: "the two outlets swap the figures",
    });
    const listed = await callRoute(groups.GET, "/api/stories/s1/groups?status=disputed&reviewer=local%20editor", {
      id: "s1",
    });
    expect(listed.body.total).toBe(1);
    expect(listed.body.groups[0].latestReview).toEqual({
      status: "disputed",
      note: "the two outlets swap the figures",
      at: posted.body.createdAt,
      reviewer: "local editor",
      changedSinceReview: false,
    });
    const log = await callRoute(audit.GET, "/api/stories/s1/audit", { id: "s1" });
    expect(log.status).toBe(200);
    // Newest first: the review, then the import that brought the story's articles in.
    expect(log.body.entries.map((e: { action: string }) => e.action)).toEqual(["review", "import"]);
    expect(log.body.entries[0]).toMatchObject({
      actorName: "local editor",
      action: "review",
      story: "s1",
      target: FREIGHT,
      before: null,
      after: { status: "disputed", note: "the two outlets swap the figures" },
    });
    // The other story's log holds only its own import.
    const other = await callRoute(audit.GET, "/api/stories/s2/audit", { id: "s2" });
    expect(other.body.entries.map((e: { action: string }) => e.action)).toEqual(["import"]);
  });

  it("answers 422 naming the field for a body the schema refuses, 400 for other content, 404 for an unknown key", async () => {
    const bad = await callRoute(reviews.POST, `/api/groups/${FREIGHT}/reviews`, { key: FREIGHT }, { status: "maybe" });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe("invalid_body");
    expect(bad.body.error).toMatch(/^status: Invalid option/);
    const unknown = "0".repeat(20);
    const missing = await callRoute(
      reviews.POST,
      `/api/groups/${unknown}/reviews`,
      { key: unknown },
      { status: "confirmed" },
    );
    expect(missing).toEqual({ status: 404, body: { error: `Group ${unknown} was not found`, code: "not_found" } });
  });
});

describe("a story an editor creates", () => {
  const NEW = { title: "Port strike", description: "Dockers walk out" };

  it("is created (201) empty, then listed, read, and its groups and audit answered, all 200", async () => {
    const created = await callRoute(stories.POST, "/api/stories", {}, NEW);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: "s3", ...NEW, status: "accepted", createdBy: "local editor" });
    expect(created.body).toMatchObject({ articles: 0, groups: 0, discrepancies: 0 });
    const listed = await callRoute(stories.GET, "/api/stories");
    expect(listed.body.stories.map((s: { id: string }) => s.id)).toEqual(["s1", "s2", "s3"]);
    expect(listed.body.stories[2]).toEqual(created.body);
    expect(await callRoute(story.GET, "/api/stories/s3", { id: "s3" })).toEqual({ status: 200, body: created.body });
    const empty = await callRoute(groups.GET, "/api/stories/s3/groups", { id: "s3" });
    expect(empty).toEqual({ status: 200, body: { story: "s3", total: 0, page: 1, pageSize: 50, groups: [] } });
    const log = await callRoute(audit.GET, "/api/stories/s3/audit", { id: "s3" });
    expect(log.status).toBe(200);
    expect(log.body.entries.map((e: { action: string; target: string }) => [e.action, e.target])).toEqual([
      ["story", "s3"],
    ]);
  });

  it("shows a rename in the list", async () => {
    const { renameStory } = await import("@/server/stories");
    const { LOCAL_ACTOR } = await import("@/server/actor");
    await renameStory(LOCAL_ACTOR, "s1", { title: "Calder bridge closure" });
    const listed = await callRoute(stories.GET, "/api/stories");
    expect(listed.body.stories[0]).toMatchObject({ id: "s1", title: "Calder bridge closure" });
  });

  it("answers 409 for a title taken (case aside) and 422 for a body the schema refuses", async () => {
    const taken = await callRoute(stories.POST, "/api/stories", {}, { title: "PORT STRIKE" });
    expect(taken).toEqual({
      status: 409,
      body: { error: 'story s3 is titled "Port strike" already', code: "conflict" },
    });
    const blank = await callRoute(stories.POST, "/api/stories", {}, { description: "no title" });
    expect(blank.status).toBe(422);
    expect(blank.body.error).toMatch(/^title: /);
    // PostgreSQL cannot store a NUL character: it is refused by name, never a 500.
    const nul = await callRoute(stories.POST, "/api/stories", {}, { title: "Port\0 strike" });
    expect(nul).toEqual({
      status: 422,
      body: { error: "title: holds a NUL character, which is not text", code: "invalid_body" },
    });
  });
});

describe("decisions and imports through the API: what they refuse", () => {
  const CONTRACT = "872165682a9e8fe583b7";
  const SOUTH = "fb7a73accde3bd14:742:811";
  const NORTH = "3f2c8ad9d7cc6642:777:846";

  it("splits (201) and answers 409 for the retired key, naming where its claims went", async () => {
    const done = await callRoute(
      split.POST,
      `/api/groups/${CONTRACT}/split`,
      { key: CONTRACT },
      { claimKeys: [SOUTH] },
    );
    expect(done).toEqual({ status: 201, body: { id: expect.any(Number), groupKeys: [expect.any(String)] } });
    const again = await callRoute(
      split.POST,
      `/api/groups/${CONTRACT}/split`,
      { key: CONTRACT },
      { claimKeys: [SOUTH] },
    );
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ error: expect.stringContaining(done.body.groupKeys[0]), code: "conflict" });
  });

  it("answers 409 for a merge of a group with itself, 404 for unknown keys, 422 for bodies the schema refuses", async () => {
    const self = await callRoute(merge.POST, "/api/groups/merge", {}, { keys: [FREIGHT, FREIGHT] });
    expect(self.status).toBe(409);
    const unknownClaim = `${"0".repeat(16)}:1:2`;
    const review = await callRoute(
      claimReviews.POST,
      `/api/claims/${unknownClaim}/reviews`,
      { key: unknownClaim },
      { status: "confirmed" },
    );
    expect(review).toEqual({ status: 404, body: { error: `Claim ${unknownClaim} was not found`, code: "not_found" } });
    expect((await callRoute(move.POST, "/api/claims/x/move", { key: "x" }, { groupKey: FREIGHT })).status).toBe(404);
    const noGroup = await callRoute(move.POST, `/api/claims/${NORTH}/move`, { key: NORTH }, {});
    expect(noGroup.status).toBe(422);
    expect(noGroup.body.error).toMatch(/^groupKey: /);
    const badKind = await callRoute(
      flags.POST,
      `/api/claims/${NORTH}/flags`,
      { key: NORTH },
      {
        otherClaimKey: SOUTH,
        kind: "colour",
      },
    );
    expect(badKind.status).toBe(422);
    expect(badKind.body.error).toMatch(/^kind: Invalid option/);
  });

  it("refuses articles for a story that is none (404), a body that is neither text nor addresses (422), and a wrong content type (400)", async () => {
    const text = { text: "An article. It says something." };
    expect((await callRoute(articles.POST, "/api/stories/s9/articles", { id: "s9" }, text)).status).toBe(404);
    const both = await callRoute(articles.POST, "/api/stories/s1/articles", { id: "s1" }, { ...text, urls: [] });
    expect(both.status).toBe(422);
    const plain = await articles.POST(
      new NextRequest(`${TEST_ORIGIN}/api/stories/s1/articles`, { method: "POST", body: "text" }),
      { params: Promise.resolve({ id: "s1" }) },
    );
    expect(plain.status).toBe(400);
    expect(await plain.json()).toEqual({
      error: "send JSON (content-type: application/json) or a form (multipart/form-data)",
      code: "wrong_type",
    });
    const { db } = await import("@/server/db");
    expect(await db().importJob.count()).toBe(0);
  });
});
