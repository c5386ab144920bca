import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";

// The "who says what" line built from stored discrepancy evidence, on the synthetic Calder story: one sentence pair
// per judging rule, North Wire against South Gazette.
const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const { getGroup, rankedGroups } = await import("@/server/groups");

afterAll(removeStores);

/** The lines of the group holding the claim that contains `phrase`, as "outlets: value" per side. */
async function linesOf(phrase: string) {
  const claim = await db().claim.findFirstOrThrow({
    where: { text: { contains: phrase } },
    orderBy: { id: "asc" },
    include: { group: true },
  });
  const group = await getGroup(claim.group!.key);
  return group.discrepancies.flatMap((d) =>
    d.line ? [{ kind: d.kind, sides: d.line.sides.map((s) => `${s.outlets.join(", ")}: ${s.value}`) }] : [],
  );
}

describe("who says what", () => {
  beforeAll(async () => {
    await freshStore();
    await importDocuments(storyDocuments("calder"));
  });

  it("states each outlet's figure, date and hedge", async () => {
    expect(await linesOf("$4 million")).toEqual([
      { kind: "quantity", sides: ["North Wire: $4 million", "South Gazette: $7 million"] },
    ]);
    expect(await linesOf("March 1987")).toEqual([
      { kind: "date", sides: ["North Wire: March 1987", "South Gazette: June 1987"] },
    ]);
    expect((await linesOf("ferry service")).find((l) => l.kind === "modality")?.sides).toEqual([
      "North Wire: stated as fact",
      "South Gazette: “may”",
    ]);
  });

  it("gives a quote's changed words in context, on the side of each outlet", async () => {
    const quote = (await linesOf("winter storms")).find((l) => l.kind === "quote");
    expect(quote?.sides).toEqual([
      "North Wire: “…bridge before the winter storms arrive”",
      "South Gazette: “…bridge before the storms arrive”",
    ]);
  });

  it("links each value to its words in the article, and counts origins per side", async () => {
    const claim = await db().claim.findFirstOrThrow({
      where: { text: { contains: "$7 million" } },
      include: { group: true },
    });
    const group = await getGroup(claim.group!.key);
    const side = group.discrepancies[0]!.line!.sides.find((s) => s.value === "$7 million")!;
    const article = await db().article.findUniqueOrThrow({ where: { id: claim.articleId } });
    const [, start, end] = /hl=(\d+)-(\d+)/.exec(side.href ?? "")!;
    expect(article.raw.slice(Number(start), Number(end))).toBe("$7 million");
    expect(side.href).toContain(`/articles/${article.id}?`);
    expect(group.discrepancies[0]!.line!.sides.map((s) => s.origins)).toEqual([1, 1]);
  });

  it("puts the counted lines on the overview's rows, and cuts labels at a word", async () => {
    const groups = await rankedGroups();
    const withLines = groups.filter((g) => g.lines.length > 0);
    expect(withLines.length).toBe(groups.filter((g) => g.verdict === "discrepancy").length);
    expect(withLines.flatMap((g) => g.lines).every((l) => l.counted && l.sides.length >= 2)).toBe(true);
    for (const g of groups) expect(g.label).toMatch(/(\p{L}|\p{N}|\p{P})$/u);
  });
});

// Ashby: one outlet spells the fire chief "Brevick", two "Brevik".
describe("who says what about a name", () => {
  beforeAll(async () => {
    await freshStore();
    await importDocuments(storyDocuments("ashby"));
  });

  it("puts each spelling on its side, as a name, and a spelling used only elsewhere in the story on its own", async () => {
    expect(await linesOf("the blaze started")).toEqual([
      { kind: "entity", sides: ["Ashby Echo: Brevik", "County Post: Brevick"] },
    ]);
    const quoted = await linesOf("The building was empty");
    expect(quoted.find((l) => l.kind === "entity")?.sides).toEqual([
      "Ashby Echo, Valley News: Brevik",
      "elsewhere in the story (1 article): Brevick",
    ]);
  });
});
