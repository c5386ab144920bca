import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";
import { stubNext } from "../helpers/next-stubs";

// The group page rendered to HTML in the test process, over a real database: what it shows as the reference
// claim, and the reviews under it. Next's request-scoped helpers are stubbed; the page's own code is not.
stubNext();

const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const { addReview } = await import("@/server/reviews");
const { default: GroupPage } = await import("@/app/groups/[id]/page");

beforeEach(async () => {
  await freshStore();
  await importDocuments(storyDocuments("calder"));
});
afterAll(removeStores);

async function render(id: number | string, ref?: string): Promise<string> {
  const element = await GroupPage({
    params: Promise.resolve({ id: String(id) }),
    searchParams: Promise.resolve(ref === undefined ? {} : { ref }),
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

    const plain = await render(group.id);
    expect(cards(plain)).toEqual([
      { outlet: "North Wire", reference: true },
      { outlet: "South Gazette", reference: false },
    ]);
    expect(plain).toContain(`href="/groups/${group.id}?ref=${second!.id}"`);

    const picked = await render(group.id, String(second!.id));
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
    expect(picked).toContain(`href="/groups/${group.id}?ref=${first!.id}"`);

    // An unknown reference falls back to the first claim rather than failing.
    expect(cards(await render(group.id, "999999")).map((c) => c.reference)).toEqual([true, false]);
  });

  it("lists the saved reviews with their notes, and preselects the latest status", async () => {
    const group = await db().claimGroup.findFirstOrThrow({
      where: { claims: { some: { text: { contains: "June 1987" } } } },
    });
    await addReview({ groupId: group.id, status: "disputed", note: "the port archive says March" });
    const html = await render(group.id);
    expect(html).toMatch(/<strong>disputed<\/strong> the port archive says March/);
    expect(html).toMatch(/<option selected="">disputed<\/option>/);
  });

  it("states who says what once, above the details, instead of “between A and B” under each finding", async () => {
    const group = await db().claimGroup.findFirstOrThrow({
      where: { claims: { some: { text: { contains: "$4 million" } } } },
    });
    const html = await render(group.id);
    const details = html.slice(html.indexOf('id="differences"'));
    expect(details.length).toBeLessThan(html.length);
    expect(html.slice(0, html.indexOf('id="differences"'))).toMatch(/class="who-side"><em>North Wire<\/em>/);
    expect(details).not.toContain("between North Wire and South Gazette");
    expect(details).not.toMatch(/between [^<]* and [^<]* and /);
  });

  it("answers an unknown or malformed id with not-found", async () => {
    await expect(render("abc")).rejects.toThrow("NEXT_NOT_FOUND");
    await expect(render(999999)).rejects.toThrow("NEXT_NOT_FOUND");
  });
});
