import fs from "node:fs";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStore, removeStores, TEST_PROVIDER } from "../helpers/store";
import { requireSignIn, userWithToken } from "../helpers/accounts";
import { jobDone, stopJobs } from "../helpers/jobs";
import { STORY_DIR } from "../helpers/stories";
import { TEST_ORIGIN } from "../helpers/requests";

// The editor flow through the JSON API with a bearer token, sign-in required: a story created, articles
// imported into it (import jobs, waited for), its groups read, every kind of decision made, two more articles
// imported, and every decision read back with the audit log listing each step. Keys are built from content hashes
// and offsets, so they are the same on both providers.
type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Json = ReturnType<typeof JSON.parse>;
type Group = { key: string; claims: { key: string; review: Json }[]; flags: Json[]; latestReview: Json };

const api = {
  stories: await import("@/app/api/stories/route"),
  articles: await import("@/app/api/stories/[id]/articles/route"),
  groups: await import("@/app/api/stories/[id]/groups/route"),
  audit: await import("@/app/api/stories/[id]/audit/route"),
  review: await import("@/app/api/groups/[key]/reviews/route"),
  claimReview: await import("@/app/api/claims/[key]/reviews/route"),
  split: await import("@/app/api/groups/[key]/split/route"),
  merge: await import("@/app/api/groups/merge/route"),
  move: await import("@/app/api/claims/[key]/move/route"),
  flag: await import("@/app/api/claims/[key]/flags/route"),
  job: await import("@/app/api/import/jobs/[id]/route"),
};
const { db } = await import("@/server/db");

// Riverton (water prices) and Calder (a bridge) articles, by the hash their text gives: groups and claims of them.
const PRICE = "1950aee320b0d2ed0281";
const CRACKS = { group: "17167cd61c0b0c6aa45c", north: "3f2c8ad9d7cc6642:140:231", south: "fb7a73accde3bd14:124:207" };
const HEADLINES = { north: "3a32f8f8c7e6ea9e5d21", south: "12691d77188c5e78fe95" };
const HEADLINE_CLAIMS = ["3f2c8ad9d7cc6642:0:42", "fb7a73accde3bd14:0:31"];
const VOTE = "612c924950e88fbf:364:417";
const DISSENT = "f2c0c982b2e4a740:325:431";
// TRAFFIC.group already holds a claim of TRAFFIC.single's article, so the move goes to a Riverton claim's group.
const TRAFFIC = { group: "61ec51df4ceaf428498d", single: "3f2c8ad9d7cc6642:702:775", into: "72e185279c85b580c57f" };
const TRAFFIC_JOINS = "612c924950e88fbf:195:272";
const BRANT = "f2c0c982b2e4a740:145:226";
const NOTE = "Valley Wire says 12 percent, Lakeside Herald 15";

let editor: Record<string, string> = {};
let viewer: Record<string, string> = {};
let story = "";

/** A request through a route's handler with a token: JSON for a plain body, multipart for a form. */
async function call(handler: Handler, path: string, params: Record<string, string>, body?: unknown, as = editor) {
  let init: ConstructorParameters<typeof NextRequest>[1] = { headers: as };
  if (body instanceof FormData) init = { method: "POST", body, headers: as };
  else if (body !== undefined)
    init = { method: "POST", body: JSON.stringify(body), headers: { ...as, "content-type": "application/json" } };
  const response = await handler(new NextRequest(`${TEST_ORIGIN}${path}`, init), { params: Promise.resolve(params) });
  return { status: response.status, location: response.headers.get("location"), body: (await response.json()) as Json };
}

/** Fixture files of one synthetic story as a form's `files`, with its manifest of outlets and dates. */
function fixtureForm(name: string, files: string[]): FormData {
  const form = new FormData();
  for (const file of [...files, "manifest.json"])
    form.append("files", new File([fs.readFileSync(`${STORY_DIR}/${name}/${file}`)], file));
  return form;
}

const fixtureText = (path: string) => fs.readFileSync(`${STORY_DIR}/${path}`, "utf8");

/** Import into the story, wait for the job, and answer its JSON status as the Location header names it. */
async function importArticles(body: unknown) {
  const queued = await call(api.articles.POST, `/api/stories/${story}/articles`, { id: story }, body);
  expect(queued.status).toBe(202);
  expect(queued.body).toEqual({
    jobId: expect.any(Number),
    state: "queued",
    kept: null,
    status: `/api/import/jobs/${queued.body.jobId}`,
    page: `/import/jobs/${queued.body.jobId}`,
  });
  expect(queued.location).toBe(queued.body.status);
  expect((await jobDone(queued.body.jobId)).state).toBe("done");
  const params = Promise.resolve({ id: String(queued.body.jobId) });
  const job = await api.job.GET(new Request(`${TEST_ORIGIN}${queued.location}`, { headers: editor }), { params });
  return ((await job.json()) as Json).result;
}

async function groups(query = ""): Promise<Group[]> {
  const answer = await call(api.groups.GET, `/api/stories/${story}/groups?pageSize=200&${query}`, { id: story });
  expect(answer.status).toBe(200);
  return answer.body.groups;
}

const groupOf = (all: Group[], claimKey: string) => all.find((g) => g.claims.some((c) => c.key === claimKey))!;

beforeAll(async () => {
  await freshStore();
  editor = (await userWithToken("edna", "editor")).headers;
  viewer = (await userWithToken("vic", "viewer")).headers;
});
afterAll(async () => {
  await stopJobs();
  await removeStores();
});

describe(`the issue's flow through the JSON API with a token, on ${TEST_PROVIDER}`, () => {
  it("creates a story, imports, decides, imports two more, and reads every decision and step back", async () => {
    requireSignIn();
    const created = await call(api.stories.POST, "/api/stories", {}, { title: "Water and bridges" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: "Water and bridges", status: "accepted", createdBy: "edna" });
    story = created.body.id;

    expect(await importArticles(fixtureForm("riverton", ["a.txt", "b.txt"]))).toEqual({
      added: 2,
      unchanged: 0,
      refused: [],
      stories: [{ id: story, href: `/#story-${story}` }],
    });
    await importArticles({ text: fixtureText("calder/a.txt"), outlet: "North Wire", publishedAt: "2024-06-03" });
    await importArticles({ text: fixtureText("calder/b.txt"), outlet: "South Gazette", publishedAt: "2024-06-04" });
    const first = await groups();
    expect(first).toHaveLength(25);
    expect(first.map((g) => g.key)).toEqual(
      expect.arrayContaining([PRICE, CRACKS.group, HEADLINES.north, HEADLINES.south, TRAFFIC.group]),
    );

    const review = { status: "disputed", note: NOTE };
    expect((await call(api.review.POST, `/api/groups/${PRICE}/reviews`, { key: PRICE }, review)).status).toBe(201);
    const split = await call(
      api.split.POST,
      `/api/groups/${CRACKS.group}/split`,
      { key: CRACKS.group },
      {
        claimKeys: [CRACKS.south],
      },
    );
    expect(split.status).toBe(201);
    const merged = await call(api.merge.POST, "/api/groups/merge", {}, { keys: [HEADLINES.north, HEADLINES.south] });
    expect(merged.status).toBe(201);
    const flag = { otherClaimKey: DISSENT, kind: "characterisation", note: "7 to 2, yet one dissenter named" };
    expect((await call(api.flag.POST, `/api/claims/${VOTE}/flags`, { key: VOTE }, flag)).status).toBe(201);
    const move = (groupKey: string) =>
      call(api.move.POST, `/api/claims/${TRAFFIC.single}/move`, { key: TRAFFIC.single }, { groupKey });
    const refused = await move(TRAFFIC.group);
    expect([refused.status, refused.body.error]).toEqual([409, expect.stringContaining("a group holds one")]);
    expect((await move(TRAFFIC.into)).status).toBe(201);
    const claimReview = { status: "needs-follow-up", note: "Brant or Brandt?" };
    const reviewed = await call(api.claimReview.POST, `/api/claims/${BRANT}/reviews`, { key: BRANT }, claimReview);
    expect(reviewed).toMatchObject({ status: 201, body: { claimKey: BRANT, ...claimReview } });

    // Metro Daily's article joins the price group; a stored article comes back unchanged and an empty one is refused.
    const form = fixtureForm("riverton", ["c.html", "a.txt"]);
    form.append("files", new File([""], "empty.txt"));
    expect(await importArticles(form)).toMatchObject({
      added: 1,
      unchanged: 1,
      refused: [{ file: "empty.txt", reason: expect.any(String) }],
    });
    const east = ["East Courier on the Calder harbour bridge", "The repairs will cost $4 million, the port said."];
    const title = "Calder bridge repairs to cost $4 million";
    const eastArticle = { text: east.join("\n\n"), title, outlet: "East Courier", publishedAt: "2024-06-05" };
    expect(await importArticles(eastArticle)).toMatchObject({ added: 1, unchanged: 0, refused: [] });
    const stored = await db().article.findFirstOrThrow({ where: { outlet: { name: "East Courier" } } });
    expect([stored.title, stored.publishedAt, stored.story]).toEqual([title, "2024-06-05", story]);

    const now = await groups();
    const price = groupOf(now, "612c924950e88fbf:80:193");
    expect(price.key).not.toBe(PRICE);
    expect(price.claims.map((c) => c.key)).toContain("f2c0c982b2e4a740:41:143");
    expect(price.latestReview).toMatchObject({ ...review, reviewer: "edna", changedSinceReview: true });
    expect(groupOf(now, CRACKS.north).key).not.toBe(groupOf(now, CRACKS.south).key);
    expect(groupOf(now, HEADLINE_CLAIMS[0]!).key).toBe(groupOf(now, HEADLINE_CLAIMS[1]!).key);
    expect(groupOf(now, TRAFFIC.single).claims.map((c) => c.key)).toContain(TRAFFIC_JOINS);
    const listedFlag = { id: expect.any(Number), kind: flag.kind, note: flag.note };
    expect(groupOf(now, VOTE).flags).toEqual([{ ...listedFlag, claimKey: VOTE, otherClaimKey: DISSENT }]);
    expect(groupOf(now, DISSENT).flags).toEqual([{ ...listedFlag, claimKey: DISSENT, otherClaimKey: VOTE }]);
    const flagged = (await groups("kind=characterisation")).map((g) => g.key);
    expect(flagged.sort()).toEqual([groupOf(now, VOTE).key, groupOf(now, DISSENT).key].sort());
    const brant = groupOf(now, BRANT).claims.find((c) => c.key === BRANT)!;
    expect(brant.review).toMatchObject(claimReview);
    // Groups no decision touched and no new article joined keep their review-free state.
    expect(now.filter((g) => g.latestReview !== null).map((g) => g.key)).toEqual([price.key]);

    const log = await call(api.audit.GET, `/api/stories/${story}/audit`, { id: story });
    const steps = [...log.body.entries].reverse().map((e: Json) => [e.action, e.actorName]);
    const by = (action: string) => [action, "edna"];
    expect(steps).toEqual(
      [
        "story",
        "import",
        "import",
        "import",
        "review",
        "split",
        "merge",
        "flag",
        "move",
        "review",
        "import",
        "import",
      ].map(by),
    );
  });

  it("refuses each write to a viewer's token with 403, writing nothing", async () => {
    requireSignIn();
    const counts = () =>
      Promise.all([
        db().auditEntry.count(),
        db().importJob.count(),
        db().story.count(),
        db().decision.count(),
        db().review.count(),
        db().claimReview.count(),
      ]);
    const before = await counts();
    const anyGroup = (await groups())[0]!.key;
    const writes: [Handler, string, Record<string, string>, unknown][] = [
      [api.stories.POST, "/api/stories", {}, { title: "A viewer's story" }],
      [api.articles.POST, `/api/stories/${story}/articles`, { id: story }, { text: fixtureText("ashby/a.txt") }],
      [api.articles.POST, `/api/stories/${story}/articles`, { id: story }, fixtureForm("ashby", ["b.txt"])],
      [api.review.POST, `/api/groups/${anyGroup}/reviews`, { key: anyGroup }, { status: "confirmed" }],
      [api.claimReview.POST, `/api/claims/${BRANT}/reviews`, { key: BRANT }, { status: "confirmed" }],
      [api.split.POST, `/api/groups/${anyGroup}/split`, { key: anyGroup }, { claimKeys: [BRANT] }],
      [api.merge.POST, "/api/groups/merge", {}, { keys: [HEADLINES.north, anyGroup] }],
      [api.move.POST, `/api/claims/${BRANT}/move`, { key: BRANT }, { groupKey: anyGroup }],
      [api.flag.POST, `/api/claims/${VOTE}/flags`, { key: VOTE }, { otherClaimKey: BRANT, kind: "quote" }],
    ];
    for (const [handler, path, params, body] of writes) {
      const answer = await call(handler, path, params, body, viewer);
      expect(answer, path).toMatchObject({ status: 403, body: { code: "forbidden" } });
    }
    expect(await counts()).toEqual(before);
  });
});
