import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments, textDocument } from "../helpers/stories";
import { stubNext } from "../helpers/next-stubs";

// The group page rendered to HTML in the test process, over a real database: what it shows as the reference
// claim, and the reviews under it. Next's request-scoped helpers are stubbed; the page's own code is not.
stubNext();

const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const { addReview } = await import("@/server/reviews");
const { mergeGroups } = await import("@/server/decisions");
const { default: GroupPage } = await import("@/app/groups/[key]/page");

beforeEach(async () => {
  await freshStore();
  await importDocuments(storyDocuments("calder"));
});
afterAll(removeStores);

async function render(key: string, ref?: string | string[], from?: string): Promise<string> {
  const element = await GroupPage({
    params: Promise.resolve({ key }),
    // A query names a parameter twice as a list, whatever the page's type says.
    searchParams: Promise.resolve({
      ...(ref === undefined ? {} : { ref: ref as string }),
      ...(from === undefined ? {} : { from }),
    }),
  });
  return renderToStaticMarkup(element);
}

/** The outlet named on each claim card, and whether the card is the reference. */
function cards(html: string): { outlet: string; reference: boolean }[] {
  return [...html.matchAll(/<article class="card ?(ref)? ?" aria-label="Claim from ([^"]+)">/g)].map((m) => ({
    outlet: m[2]!,
    reference: m[1] === "ref",
  }));
}

describe("the group page", () => {
  it("takes the first claim as the reference, and the chosen one when the editor picks another", async () => {
    const group = await db().claimGroup.findFirstOrThrow({
      where: { claims: { some: { text: { contains: "$4 million" } } } },
      include: { claims: { orderBy: { id: "asc" }, include: { article: { include: { outlet: true } } } } },
    });
    const [first, second] = group.claims;
    expect([first?.article.outlet?.name, second?.article.outlet?.name]).toEqual(["North Wire", "South Gazette"]);

    const plain = await render(group.key);
    expect(cards(plain)).toEqual([
      { outlet: "North Wire", reference: true },
      { outlet: "South Gazette", reference: false },
    ]);
    expect(plain).toContain(`href="/groups/${group.key}?ref=${encodeURIComponent(second!.key)}"`);

    const picked = await render(group.key, second!.key);
    expect(cards(picked)).toEqual([
      { outlet: "North Wire", reference: false },
      { outlet: "South Gazette", reference: true },
    ]);
    // The other claim is now shown as a word diff against the chosen reference: $7 million is the reference's.
    // Screen readers hear "removed" and "added" from visually hidden text, not from an aria-label on del/ins.
    expect(picked).toMatch(
      /\$<\/span><del class="diff"><span class="visually-hidden"> removed: <\/span>7<span[^>]*>[^<]*<\/span><\/del><ins class="diff"><span class="visually-hidden"> added: <\/span>4/,
    );
    expect(picked).not.toMatch(/<(del|ins)[^>]*aria-label/);
    expect(picked).toContain(`href="/groups/${group.key}?ref=${encodeURIComponent(first!.key)}"`);

    // An unknown reference falls back to the first claim rather than failing.
    expect(cards(await render(group.key, "0000000000000000:1:2")).map((c) => c.reference)).toEqual([true, false]);
  });

  it("lists the saved reviews with their notes, and preselects the latest status", async () => {
    const group = await db().claimGroup.findFirstOrThrow({
      where: { claims: { some: { text: { contains: "June 1987" } } } },
    });
    await addReview({ groupKey: group.key, status: "disputed", note: "the port archive says March" });
    const html = await render(group.key);
    expect(html).toMatch(/<strong>disputed<\/strong> the port archive says March/);
    expect(html).toMatch(/<option selected="">disputed<\/option>/);
  });

  it("sends a link to a reshaped group where its claims went, and shows the old review as changed since", async () => {
    const old = await db().claimGroup.findFirstOrThrow({
      where: { claims: { some: { text: { contains: "$4 million" } } } },
    });
    await addReview({ groupKey: old.key, status: "disputed", note: "figure checked" });
    await importDocuments([
      textDocument("calder-d.txt", "East Courier", "2024-06-05", [
        "Calder harbour bridge contract signed",
        "The contract for the repairs is worth $4 million, the port authority said.",
      ]),
    ]);
    const now = await db().claimGroup.findFirstOrThrow({
      where: { claims: { some: { text: { contains: "$4 million" }, article: { file: { not: "calder-d.txt" } } } } },
    });
    expect(now.key).not.toBe(old.key);
    await expect(render(old.key)).rejects.toThrow(new RegExp(`^NEXT_REDIRECT /groups/${now.key}\\?from=${old.key}$`));
    // The claim the editor had chosen as reference is kept on the way; a reference that is no claim key is not.
    const chosen = encodeURIComponent((await db().claim.findFirstOrThrow({ where: { groupId: now.id } })).key);
    await expect(render(old.key, decodeURIComponent(chosen))).rejects.toThrow(
      `NEXT_REDIRECT /groups/${now.key}?from=${old.key}&ref=${chosen}`,
    );
    await expect(render(old.key, "<b>x</b>")).rejects.toThrow(new RegExp(`from=${old.key}$`));
    // ?ref=a&ref=b names no one claim: the redirect drops it rather than failing.
    await expect(render(old.key, [chosen, chosen])).rejects.toThrow(new RegExp(`from=${old.key}$`));
    const redirected = await render(now.key, undefined, old.key);
    expect(redirected).toContain("The group you followed changed when its story was re-analysed");
    expect(redirected).toMatch(/Changed since review[\s\S]*<strong>disputed<\/strong> figure checked/);
    expect(redirected).toContain("joined since: East Courier");
    expect(await render(now.key)).not.toContain("The group you followed changed");
  });

  it("sends both keys of groups an editor merged to the merged group, naming where the editor came from", async () => {
    // Two groups of one story with no article in common (a group holds one claim per article): the best ranked
    // group and the best ranked such partner.
    const all = await db().claimGroup.findMany({ orderBy: { rank: "asc" }, include: { claims: true } });
    const articles = (g: (typeof all)[number]) => new Set(g.claims.map((c) => c.articleId));
    const pairs = all.flatMap((x) =>
      all
        .filter((y) => y.rank > x.rank && y.story === x.story && ![...articles(y)].some((id) => articles(x).has(id)))
        .map((y) => [x, y] as const),
    );
    expect(pairs.length, "two groups of one story with no article in common").toBeGreaterThan(0);
    const [a, b] = pairs[0]!;
    await mergeGroups({ keys: [a!.key, b!.key] }, { userId: "u-ed", name: "Ada", role: "editor" });
    const merged = await db().claimGroup.findFirstOrThrow({ where: { claims: { some: { key: a!.claims[0]!.key } } } });
    expect(await db().claim.count({ where: { groupId: merged.id } })).toBe(a!.claims.length + b!.claims.length);
    for (const old of [a!.key, b!.key])
      await expect(render(old)).rejects.toThrow(new RegExp(`^NEXT_REDIRECT /groups/${merged.key}\\?from=${old}$`));
    expect(await render(merged.key, undefined, a!.key)).toContain("The group you followed changed");
  });

  it("states who says what once, above the details, instead of “between A and B” under each finding", async () => {
    const group = await db().claimGroup.findFirstOrThrow({
      where: { claims: { some: { text: { contains: "$4 million" } } } },
    });
    const html = await render(group.key);
    const details = html.slice(html.indexOf('id="differences"'));
    expect(details.length).toBeLessThan(html.length);
    expect(html.slice(0, html.indexOf('id="differences"'))).toMatch(/class="who-side"><em>North Wire<\/em>/);
    expect(details).not.toContain("between North Wire and South Gazette");
    expect(details).not.toMatch(/between [^<]* and [^<]* and /);
  });

  it("answers an unknown or malformed key with not-found", async () => {
    await expect(render("abc")).rejects.toThrow("NEXT_NOT_FOUND");
    await expect(render("0".repeat(20))).rejects.toThrow("NEXT_NOT_FOUND");
    const group = await db().claimGroup.findFirstOrThrow();
    // A numeric row id is no address: row ids change whenever the story is re-analysed.
    await expect(render(String(group.id))).rejects.toThrow("NEXT_NOT_FOUND");
  });
});
