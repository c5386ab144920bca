import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";
import { stubNext } from "../helpers/next-stubs";

// The claim page rendered to HTML in the test process over a real database, as the group page's test does.
stubNext();

const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const { flagClaim, reviewClaim } = await import("@/server/decisions");
const { default: ClaimPage, generateMetadata } = await import("@/app/claims/[key]/page");
const { default: GroupPage } = await import("@/app/groups/[key]/page");

const EDITOR = { userId: "u-ed", name: "Ada", role: "editor" as const };

beforeEach(async () => {
  await freshStore();
  await importDocuments(storyDocuments("calder"));
});
afterAll(removeStores);

const props = (key: string, q: Record<string, string> = {}) => ({
  params: Promise.resolve({ key }),
  searchParams: Promise.resolve(q),
});
const render = async (key: string, q: Record<string, string> = {}) =>
  renderToStaticMarkup(await ClaimPage(props(key, q)));

/** The North Wire claim of the "$4 million" group, and a claim of another group of the same story. */
async function claims() {
  const claim = await db().claim.findFirstOrThrow({
    where: { text: { contains: "$4 million" }, article: { outlet: { name: "North Wire" } } },
    include: { article: true, group: true },
  });
  const other = await db().claim.findFirstOrThrow({
    where: { groupId: { not: claim.groupId }, article: { outlet: { name: "South Gazette" } } },
  });
  return { claim, other };
}

describe("the claim page", () => {
  it("shows the claim's words, its article span, outlet, date and group, by its stable key", async () => {
    const { claim } = await claims();
    const html = await render(claim.key);
    expect(html).toContain("<h1>Claim from North Wire</h1>");
    expect(html).toContain(`<blockquote class="claim-words">${claim.text}</blockquote>`);
    expect(html).toContain(`href="/articles/${claim.articleId}?hl=${claim.start}-${claim.end}#hl-${claim.start}"`);
    expect(html).toContain(`North Wire · ${claim.article.publishedAt} ·`);
    expect(html).toContain(`href="/groups/${claim.group!.key}?ref=${encodeURIComponent(claim.key)}"`);
    expect(html).toContain(`In group ${claim.group!.rank}: <span class="verdict verdict-${claim.group!.verdict}">`);
    expect(html).toContain("Not reviewed yet.");
    expect(html).toContain("No decisions recorded yet.");
    // The claim-review form the group page has, coming back here.
    expect(html).toContain('action="/api/decisions/claim-review"');
    expect(html).toContain(`name="back" value="${claim.key}"`);
    expect(html).toContain(`<option value="${claim.key}">North Wire: this claim</option>`);
    expect((await generateMetadata(props(claim.key))).title).toBe(
      `Claim: ${claim.text.slice(0, 60).replace(/ \S*$/, "")}… (North Wire)`,
    );
  });

  it("lists its reviews with who and when, editors' flags, and its history", async () => {
    const { claim, other } = await claims();
    await reviewClaim({ claimKey: claim.key, status: "confirmed", note: "" }, EDITOR);
    await reviewClaim({ claimKey: claim.key, status: "disputed", note: "the council says 5" }, EDITOR);
    await flagClaim({ claimKey: other.key, otherClaimKey: claim.key, kind: "quantity", note: "other total" }, EDITOR);
    const html = await render(claim.key, { done: "claim-review" });
    const reviews = [
      ...html.matchAll(/<li><time dateTime="[^"]+">[^<]+<\/time> <strong>(\w+)<\/strong> by (.*?)<\/li>/g),
    ];
    expect(reviews.map((m) => [m[1], m[2]])).toEqual([
      ["disputed", "Ada — the council says 5"],
      ["confirmed", "Ada"],
    ]);
    expect(html).toContain("Review saved.");
    // The flag was made on the other claim; it names this one, so it is listed here, linked to the other.
    expect(html).toMatch(
      new RegExp(
        `<strong>quantity</strong> against <a href="/claims/${other.key}">South Gazette: [^<]+</a> — other total`,
      ),
    );
    // Each entry's target links to what it acted on: here the claim itself.
    const history = [
      ...html.matchAll(/<strong>Ada<\/strong> · (\w+) · <a href="\/claims\/[^"]+"><code>([^<]+)<\/code>/g),
    ];
    expect(history.map((m) => [m[1], m[2]])).toEqual([
      ["review", claim.key],
      ["review", claim.key],
    ]);
  });

  it("takes the key with its colons percent-encoded, and answers an unknown or malformed key with not-found", async () => {
    const { claim } = await claims();
    expect(await render(claim.key.replace(/:/g, "%3A"))).toContain("<h1>Claim from North Wire</h1>");
    await expect(render("0123456789abcdef:1:2")).rejects.toThrow("NEXT_NOT_FOUND");
    await expect(render("not-a-key")).rejects.toThrow("NEXT_NOT_FOUND");
    await expect(render(String(claim.id))).rejects.toThrow("NEXT_NOT_FOUND");
  });

  it("is linked from each claim card of the group page", async () => {
    const { claim } = await claims();
    const group = await db().claimGroup.findUniqueOrThrow({ where: { id: claim.groupId! }, include: { claims: true } });
    const html = renderToStaticMarkup(await GroupPage(props(group.key)));
    for (const c of group.claims)
      expect(html).toContain(`<a href="/claims/${c.key}">Claim page: reviews, flags, history</a>`);
    expect(group.claims.length).toBe(2);
  });
});
