import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";
import type { SourceDocument } from "@/lib/ingest/types";

// A page imported again from its URL: chained to the version it replaces (not to another page), kept in that
// version's story, and taken as the same article when a reader could not tell the two fetches apart.
const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");

const URL = "https://harbour.example/ferry/timetable";
const OTHER_URL = "https://harbour.example/market/hours";
const FIGURE = (n: string) => `The Westport ferry will run ${n} times a day from September, the operator said.`;
const SECOND = "The new timetable adds a late crossing on Fridays, the operator said.";

const textPage = (file: string, lines: string[], url = URL): SourceDocument => ({
  file,
  raw: `${lines.join("\n\n")}\n`,
  manifest: { file, outlet: "Harbour Times", url },
});
const htmlPage = (file: string, title: string, body: string[], nonce: string): SourceDocument => ({
  file,
  raw:
    `<html><head><title>${title}</title><script>var n = "${nonce}";</script></head><body>` +
    `<!-- served ${nonce} --><h1>${title}</h1>${body.map((p) => `<p data-n="${nonce}">${p}</p>`).join("")}` +
    `</body></html>\n`,
  manifest: { file, outlet: "Harbour Times", url: URL },
});

type Event = { source: string; state: string; reason?: string };
const recorder = () => {
  const events: Event[] = [];
  return { events, onProgress: (e: Event) => void events.push(e) };
};
const versions = async () =>
  db().article.findMany({
    where: { url: URL },
    orderBy: { id: "asc" },
    select: { id: true, file: true, previousId: true, story: true, placed: true },
  });

beforeEach(freshStore);
afterAll(removeStores);

describe("a page imported again with other content", () => {
  it("is chained to its current version and stays in the story that version was placed in", async () => {
    await importDocuments(storyDocuments("calder"));
    const story = (await db().article.findFirstOrThrow({ where: { story: { not: null } } })).story!;
    const first = await importDocuments([textPage("v1.txt", ["Ferry timetable", FIGURE("two")])], [], { story });
    // Imported into a story, the new page is analysed with that story, and no other.
    expect([first.story, first.reanalysis?.analysed]).toEqual([story, [story]]);
    // Another page stored after it: the next version must still find its own page, not the latest article.
    await importDocuments([
      textPage("market.txt", ["Market hours", "The market opens at six, the council said."], OTHER_URL),
    ]);
    const second = await importDocuments([textPage("v2.txt", ["Ferry timetable", FIGURE("three")])]);
    expect([second.added, second.unchanged, second.story]).toEqual([1, 0, null]);
    expect(second.reanalysis).toMatchObject({ stories: 2, storiesAnalysed: 1 });
    await importDocuments([textPage("v3.txt", ["Ferry timetable", FIGURE("four")])]);
    const [v1, v2, v3] = await versions();
    expect([v1, v2, v3].map((v) => [v!.file, v!.previousId, v!.story, v!.placed])).toEqual([
      ["v1.txt", null, null, true],
      ["v2.txt", v1!.id, null, true],
      ["v3.txt", v2!.id, story, true],
    ]);
    const v3Claims = await db().claim.findMany({ where: { articleId: v3!.id }, select: { groupId: true } });
    expect(v3Claims.filter((c) => c.groupId === null)).toEqual([]);
  });

  it("is a new version when a text page differs only by a space, its bytes being what the reader sees", async () => {
    await importDocuments([textPage("v1.txt", ["Ferry timetable", FIGURE("two"), SECOND])]);
    const result = await importDocuments([textPage("v2.txt", ["Ferry timetable", FIGURE("two "), SECOND])]);
    expect([result.added, result.unchanged]).toEqual([1, 0]);
    const [v1, v2] = await versions();
    expect(v2!.previousId).toBe(v1!.id);
  });

  it("is chained to the earlier one when both come in one import, between other articles", async () => {
    const market = textPage("market.txt", ["Market hours", "The market opens at six, the council said."], OTHER_URL);
    const result = await importDocuments([
      textPage("v1.txt", ["Ferry timetable", FIGURE("two")]),
      market,
      textPage("v2.txt", ["Ferry timetable", FIGURE("three")]),
    ]);
    expect([result.added, result.unchanged]).toEqual([3, 0]);
    const [v1, v2] = await versions();
    expect([v1!.file, v1!.previousId, v2!.file, v2!.previousId]).toEqual(["v1.txt", null, "v2.txt", v1!.id]);
    const stored = await db().article.findFirstOrThrow({ where: { file: "market.txt" } });
    expect(stored).toMatchObject({
      raw: market.raw,
      url: OTHER_URL,
      placed: false,
      termsIndexed: true,
      previousId: null,
    });
    expect(stored.importedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(stored.extraction).toEqual(expect.arrayContaining([expect.objectContaining({ text: expect.any(String) })]));
  });
});

describe("an HTML page fetched again", () => {
  const TITLE = "Westport ferry timetable";
  const BODY = [FIGURE("two"), SECOND];

  it("with other markup but the same headline and words is the same article, and reported unchanged", async () => {
    const first = await importDocuments([htmlPage("fetch-1.html", TITLE, BODY, "n1")]);
    const { events, onProgress } = recorder();
    const again = await importDocuments([htmlPage("fetch-2.html", TITLE, BODY, "n2")], [], { onProgress });
    expect(again).toEqual({
      added: 0,
      unchanged: 1,
      failures: [],
      claims: first.claims,
      groups: first.groups,
      story: null,
    });
    expect(events).toEqual([
      { source: "fetch-2.html", state: "extracted" },
      { source: "fetch-2.html", state: "unchanged" },
    ]);
    expect((await versions()).map((v) => v.file)).toEqual(["fetch-1.html"]);
  });

  it.each([
    ["another headline", "Westport ferry timetable changes", BODY],
    ["other words", TITLE, [FIGURE("three"), SECOND]],
  ])("with %s is the next version", async (_, title, body) => {
    await importDocuments([htmlPage("fetch-1.html", TITLE, BODY, "n1")]);
    const { events, onProgress } = recorder();
    const again = await importDocuments([htmlPage("fetch-2.html", title, body, "n2")], [], { onProgress });
    expect([again.added, again.unchanged]).toEqual([1, 0]);
    expect(events.map((e) => e.state)).toEqual(["extracted", "analysed"]);
    const [v1, v2] = await versions();
    expect([v2!.file, v2!.previousId]).toEqual(["fetch-2.html", v1!.id]);
  });
});
