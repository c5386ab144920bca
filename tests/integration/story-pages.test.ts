import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WHOLE_DIFF_MIN_SIMILARITY } from "@/lib/present/diff-view";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments, textDocument } from "../helpers/stories";
import { stubNext } from "../helpers/next-stubs";

// The printable report and the timeline rendered to HTML in the test process over a real database, with their
// titles. Next's request-scoped helpers are stubbed; the pages' own code is not.
stubNext();

const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const { storyReport } = await import("@/server/export-report");
const report = await import("@/app/stories/[id]/report/page");
const timeline = await import("@/app/stories/[id]/timeline/page");
const { metadata: layout } = await import("@/app/layout");

// One figure stated in two differently worded sentences: a discrepancy whose whole-sentence diff would mark nearly
// every word.
const reworded = [
  textDocument("quarry-a.txt", "Upland Courier", "2024-09-02", [
    "Quarry blast shakes Dunmore village",
    "The quarry company said 40 homes in Dunmore were damaged by the blast at its Ridge site on Monday.",
    "The council said 12 families had been moved to the Dunmore school hall overnight.",
    "Engineers from the county council will inspect the Ridge quarry on Wednesday, the company said.",
  ]),
  textDocument("quarry-b.txt", "Valley Echo", "2024-09-03", [
    "Dunmore homes damaged in quarry blast",
    "Monday's blast at the Ridge site damaged 55 homes in Dunmore, the quarry company said.",
    "Overnight, 9 families were moved to the school hall in Dunmore, the council said.",
    "Engineers from the county council will inspect the Ridge quarry on Wednesday, the company said.",
  ]),
];

let stories: string[];
beforeAll(async () => {
  await freshStore();
  await importDocuments([...storyDocuments("calder"), ...storyDocuments("riverton"), ...reworded]);
  const rows = await db().article.findMany({ distinct: ["story"], select: { story: true } });
  stories = rows.map((r) => r.story!);
});
afterAll(removeStores);

const params = (id: string) => ({ params: Promise.resolve({ id }) });
/** The title as the browser shows it: the page's own through the layout's template. */
const shown = (title: string) => layout.title.template.replace("%s", title);

describe("the story pages' titles", () => {
  it("name the page and the story, once each, and differ between pages and stories", async () => {
    expect(stories.length).toBeGreaterThan(1);
    const titles: string[] = [];
    for (const id of stories) {
      const { title: headline } = await storyReport(id);
      for (const [page, name] of [
        [report, "Discrepancy report"],
        [timeline, "Timeline"],
      ] as const) {
        const { title } = await page.generateMetadata(params(id));
        expect(title.startsWith(`${name}: `), title).toBe(true);
        expect(title).toContain(id);
        expect(title).toContain(headline!.split(" ").slice(0, 3).join(" "));
        titles.push(shown(title));
      }
    }
    expect(new Set(titles).size, titles.join(" | ")).toBe(titles.length);
    for (const t of titles) expect(t.match(/Crosscheck/g), t).toHaveLength(1);
  });

  it("answer an unknown story with not-found", async () => {
    await expect(report.generateMetadata(params("s999"))).rejects.toThrow("NEXT_NOT_FOUND");
    await expect(timeline.generateMetadata(params("s999"))).rejects.toThrow("NEXT_NOT_FOUND");
  });
});

const storyOf = async (file: string) =>
  (await db().article.findFirstOrThrow({ where: { file: { endsWith: file } } })).story!;
const render = async (page: typeof report, id: string) => renderToStaticMarkup(await page.default(params(id)));

describe("the printable report", () => {
  it("gives a whole-sentence word diff only for claims worded alike, as the group page does", async () => {
    const quarry = await storyReport(await storyOf("quarry-a.txt"));
    const families = quarry.entries.find((e) => e.label.includes("families"))!;
    const [first, other] = families.claims;
    expect([first!.similarity, first!.diff]).toEqual([null, null]);
    expect(other!.similarity).toBeLessThan(WHOLE_DIFF_MIN_SIMILARITY);
    expect(other!.diff).toBeNull();
    const calder = await storyReport(await storyOf("calder/a.txt"));
    const contract = calder.entries.find((e) => e.label.includes("$4 million"))!.claims[1]!;
    expect(contract.similarity).toBeGreaterThanOrEqual(WHOLE_DIFF_MIN_SIMILARITY);
    expect(contract.diff?.some((p) => p.kind === "added")).toBe(true);

    const html = await render(report, quarry.id);
    const entry = html.slice(html.indexOf(families.label));
    const section = entry.slice(0, entry.indexOf("</section>"));
    expect(section).not.toMatch(/<(del|ins)\b/);
    expect(section).toMatch(/worded differently: \d+% of words in common, so no word diff/);
  });

  it("states each finding's sides as the who-says-what line does, not “between A and B”", async () => {
    const calder = await storyReport(await storyOf("calder/a.txt"));
    const findings = calder.entries.flatMap((e) => e.findings);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.line && f.line.sides.length >= 2)).toBe(true);
    const html = await render(report, calder.id);
    expect(html).not.toContain("between North Wire and South Gazette");
    const lines = [...html.matchAll(/<p class="who">/g)];
    expect(lines).toHaveLength(findings.length);
    const sides = [...html.matchAll(/<em>([^<]+)<\/em><span class="visually-hidden"> says/g)].map((m) => m[1]);
    expect(new Set(sides)).toEqual(new Set(["North Wire", "South Gazette"]));
  });
});

describe("a new, empty story", () => {
  it("has a group list under its own title, and is offered by the search page's story picker", async () => {
    const { createStory } = await import("@/server/stories");
    const { LOCAL_ACTOR } = await import("@/server/actor");
    const groupList = await import("@/app/stories/[id]/groups/page");
    const search = await import("@/app/search/page");
    const empty = await createStory(LOCAL_ACTOR, { title: "Harbour strike" });
    const list = renderToStaticMarkup(
      await groupList.default({ ...params(empty.id), searchParams: Promise.resolve({}) }),
    );
    expect(list).toContain("<h1>Groups of Harbour strike</h1>");
    expect(list).toContain("<strong>0</strong> groups match");
    const picker = renderToStaticMarkup(await search.default({ searchParams: Promise.resolve({}) }));
    expect(picker).toContain(`<option value="${empty.id}">Harbour strike</option>`);
  });
});

describe("a story's activity feed", () => {
  it("is headed by the story's title and links each entry to the group, claim or story it acted on", async () => {
    const { createStory } = await import("@/server/stories");
    const { addReview } = await import("@/server/reviews");
    const { reviewClaim } = await import("@/server/decisions");
    const { LOCAL_ACTOR } = await import("@/server/actor");
    const activity = await import("@/app/stories/[id]/activity/page");
    const story = await storyOf("calder/a.txt");
    const group = await db().claimGroup.findFirstOrThrow({ where: { story }, include: { claims: true } });
    await addReview({ groupKey: group.key, status: "confirmed" });
    await reviewClaim({ claimKey: group.claims[0]!.key, status: "disputed", note: "" }, LOCAL_ACTOR);
    const { title } = await db().story.findUniqueOrThrow({ where: { id: story } });
    const html = renderToStaticMarkup(await activity.default(params(story)));
    expect(html).toContain(`<h1>Activity: ${title}</h1>`);
    expect(html).toContain(`<a href="/groups/${group.key}"><code>${group.key}</code></a>`);
    expect(html).toContain(`<a href="/claims/${group.claims[0]!.key}"><code>${group.claims[0]!.key}</code></a>`);
    // A story made and still empty has an activity feed too: the entry that made it.
    const empty = await createStory(LOCAL_ACTOR, { title: "Harbour strike inquiry" });
    const fresh = renderToStaticMarkup(await activity.default(params(empty.id)));
    expect(fresh).toContain("<h1>Activity: Harbour strike inquiry</h1>");
    expect(fresh).toContain(`<a href="/stories/${empty.id}"><code>${empty.id}</code></a>`);
  });
});
