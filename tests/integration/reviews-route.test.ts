import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";

// The review form's round trip through the route handler: where it sends the browser back to, whatever host the
// request arrived under (a proxy may rewrite it).
const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const { POST } = await import("@/app/api/reviews/route");

beforeEach(async () => {
  await freshStore();
  await importDocuments(storyDocuments("calder"));
});
afterEach(() => {
  vi.unstubAllEnvs();
});
afterAll(removeStores);

async function post(fields: Record<string, string>, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return POST(new NextRequest("http://10.0.0.7:3000/api/reviews", { method: "POST", body: form, headers }));
}

describe("saving a review from the form", () => {
  it("goes back to the same group and reference by a relative path, never the request's host", async () => {
    const group = await db().claimGroup.findFirstOrThrow({ include: { claims: true }, where: { rank: 1 } });
    const ref = group.claims[1]?.key ?? group.claims[0]!.key;
    const response = await post(
      { groupKey: group.key, status: "disputed", note: "checked", ref },
      { "x-forwarded-host": "proxy.internal" },
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/groups/${group.key}?saved=1&ref=${encodeURIComponent(ref)}#review`);
    expect(await db().review.count({ where: { groupKey: group.key } })).toBe(1);
  });

  it("uses the configured public origin when one is set, and drops a reference that is no claim key", async () => {
    vi.stubEnv("CROSSCHECK_PUBLIC_ORIGIN", "https://desk.example.org/ignored/path");
    const group = await db().claimGroup.findFirstOrThrow({ where: { rank: 1 } });
    const response = await post({ groupKey: group.key, status: "confirmed", ref: "x" });
    expect(response.headers.get("location")).toBe(`https://desk.example.org/groups/${group.key}?saved=1#review`);
  });

  it("refuses a public origin that is not an http(s) URL, naming the setting, and stores the review first", async () => {
    vi.stubEnv("CROSSCHECK_PUBLIC_ORIGIN", "desk.example.org");
    const group = await db().claimGroup.findFirstOrThrow({ where: { rank: 1 } });
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await post({ groupKey: group.key, status: "confirmed" });
    const logged = String(quiet.mock.calls[0]?.[0]);
    quiet.mockRestore();
    expect(response.status).toBe(500);
    expect(logged).toContain("CROSSCHECK_PUBLIC_ORIGIN must be an http(s) URL");
    expect(await db().review.count({ where: { groupKey: group.key } })).toBe(1);
  });
});
