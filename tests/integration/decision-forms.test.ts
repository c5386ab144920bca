import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";
import { formData as form, postRequest } from "../helpers/requests";
import { requireSignIn, userWithToken } from "../helpers/accounts";
import { stubNext } from "../helpers/next-stubs";

// The review and decision forms of the group and claim pages, posted as a browser posts them: a refused post goes
// back to the page it came from with a code the page words, never to a page of raw JSON.
stubNext();
const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const decisions = await import("@/app/api/decisions/[action]/route");
const reviews = await import("@/app/api/reviews/route");
const { default: GroupPage } = await import("@/app/groups/[key]/page");
const { default: ClaimPage } = await import("@/app/claims/[key]/page");

let group = "";
let claim = "";
let viewer: Record<string, string> = {};

beforeAll(async () => {
  await freshStore();
  await importDocuments(storyDocuments("calder"));
  const row = await db().claimGroup.findFirstOrThrow({ where: { verdict: "discrepancy" }, include: { claims: true } });
  [group, claim] = [row.key, row.claims[0]!.key];
  viewer = (await userWithToken("vic", "viewer")).headers;
});
afterEach(() => vi.unstubAllEnvs());
afterAll(removeStores);

const decide = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  decisions.POST(postRequest("/api/decisions/claim-review", form(fields), headers), {
    params: Promise.resolve({ action: "claim-review" }),
  });
const review = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  reviews.POST(postRequest("/api/reviews", form(fields), headers));
const props = (key: string, q: Record<string, string>) => ({
  params: Promise.resolve({ key }),
  searchParams: Promise.resolve(q),
});

describe("a refused form post", () => {
  it("takes a viewer back to the group or claim page it came from, with nothing written", async () => {
    requireSignIn();
    const fields = { claimKey: claim, status: "confirmed", note: "" };
    const fromGroup = await decide({ ...fields, back: group }, viewer);
    expect([fromGroup.status, fromGroup.headers.get("location")]).toEqual([303, `/groups/${group}?error=forbidden`]);
    const fromClaim = await decide({ ...fields, back: claim }, viewer);
    expect(fromClaim.headers.get("location")).toBe(`/claims/${claim}?error=forbidden`);
    const groupReview = await review({ groupKey: group, status: "confirmed" }, viewer);
    expect(groupReview.headers.get("location")).toBe(`/groups/${group}?error=forbidden`);
    // Signed out altogether: the same way back, and the page then asks for a sign-in.
    expect((await decide({ ...fields, back: group })).headers.get("location")).toBe(
      `/groups/${group}?error=unauthorized`,
    );
    expect(await db().claimReview.count()).toBe(0);
    expect(await db().review.count()).toBe(0);
  });

  it("answers JSON callers and other sites' pages with {error, code}, not a redirect", async () => {
    requireSignIn();
    const json = await decide(
      { claimKey: claim, status: "confirmed", back: group },
      { ...viewer, accept: "application/json" },
    );
    expect(json.status).toBe(403);
    expect(await json.json()).toMatchObject({ code: "forbidden" });
    vi.unstubAllEnvs();
    const crossSite = await review({ groupKey: group, status: "confirmed" }, { "sec-fetch-site": "cross-site" });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toMatchObject({ code: "cross_site" });
  });

  it("brings an editor's incomplete form back with invalid_input, and a saved claim review back to its claim", async () => {
    const bad = await decide({ claimKey: claim, status: "maybe", back: claim });
    expect(bad.headers.get("location")).toBe(`/claims/${claim}?error=invalid_input`);
    const badReview = await review({ groupKey: group, status: "maybe" });
    expect(badReview.headers.get("location")).toBe(`/groups/${group}?error=invalid_input`);
    const saved = await decide({ claimKey: claim, status: "confirmed", back: claim });
    expect(saved.headers.get("location")).toBe(`/claims/${claim}?done=claim-review#decisions`);
    expect(await db().claimReview.count()).toBe(1);
  });

  it("is worded on the page from its code alone", async () => {
    const groupHtml = renderToStaticMarkup(await GroupPage(props(group, { error: "forbidden" })));
    expect(groupHtml).toContain(
      '<p role="alert" class="disc">Nothing was changed: your role may not review or change groups; ask an editor.</p>',
    );
    const claimHtml = renderToStaticMarkup(await ClaimPage(props(claim, { error: "<b>anything</b>" })));
    expect(claimHtml).toContain("Nothing was changed: the change was refused; try again");
    expect(claimHtml).not.toContain("anything");
  });
});
