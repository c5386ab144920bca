import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import type { SourceDocument } from "@/lib/ingest/types";

// Articles that state no outlet, one with a headline and one without: the report, the timeline and the ClaimReview
// export name them as the pages do (lib/present/names), never by their file's name alone.
const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const { addReview } = await import("@/server/reviews");
const { storyReport } = await import("@/server/export-report");
const { storyTimeline } = await import("@/server/export-timeline");
const { exportStory } = await import("@/server/export");

const HEADLINE = "Harbour bridge to close for repairs";
const OPENING =
  "The harbour bridge will close for 12 weeks from August for repairs, the port authority said on Monday.";
const documents: SourceDocument[] = [
  {
    file: "feeds/7f3a-0412.txt",
    raw: [
      HEADLINE,
      "The harbour bridge will close for 14 weeks from August for repairs, the port authority said on Monday.",
      "Ferries will run every twenty minutes while the bridge is shut, the authority said.",
    ].join("\n\n"),
  },
  {
    file: "feeds/copy-19.txt",
    raw: [OPENING, "Ferries will run every twenty minutes while the bridge is shut, the authority said."].join("\n\n"),
  },
];

let story: string;
beforeAll(async () => {
  await freshStore();
  await importDocuments(documents);
  const articles = await db().article.findMany({ orderBy: { id: "asc" } });
  story = articles[0]!.story!;
  const group = await db().claimGroup.findFirstOrThrow({ where: { verdict: "discrepancy" } });
  await addReview({ groupKey: group.key, status: "disputed", note: "" });
});
afterAll(removeStores);

const fileNames = /7f3a-0412|copy-19/;

describe("articles without an outlet in the story's exports", () => {
  it("are named by headline or opening words in the report, the file's name kept as detail", async () => {
    const report = await storyReport(story);
    const claims = report.entries.flatMap((e) => e.claims);
    expect(claims.length).toBeGreaterThan(1);
    for (const c of claims) {
      expect(c.outlet).not.toMatch(fileNames);
      expect(c.headline).not.toMatch(fileNames);
      expect(c.file).toMatch(/^(7f3a-0412|copy-19)\.txt$/);
    }
    expect(report.outlets).toEqual([HEADLINE, expect.stringMatching(/^unnamed outlet \(“The harbour bridge will/)]);
    expect(claims.map((c) => c.headline)).toEqual(
      expect.arrayContaining([HEADLINE, expect.stringMatching(/^“The harbour bridge will close for 12 weeks/)]),
    );
  });

  it("are named the same way in the timeline", async () => {
    const timeline = await storyTimeline(story);
    expect(timeline.articles.map((a) => a.outlet).join(" ")).not.toMatch(fileNames);
    expect(timeline.articles.map((a) => a.title).join(" ")).not.toMatch(fileNames);
    const tellers = timeline.groups.flatMap((g) => [...g.first, ...g.followers, ...g.undated]);
    expect(tellers.length).toBeGreaterThan(1);
    expect(tellers.map((t) => t.outlet).join(" ")).not.toMatch(fileNames);
  });

  it("carry their headline or opening words in the ClaimReview export", async () => {
    const [review] = JSON.parse((await exportStory(story, "claimreview")).body) as {
      itemReviewed: { appearance: { headline: string; publisher?: unknown }[] };
    }[];
    const headlines = review!.itemReviewed.appearance.map((a) => a.headline);
    expect(headlines).toHaveLength(2);
    expect(headlines.join(" ")).not.toMatch(fileNames);
    expect(review!.itemReviewed.appearance.every((a) => a.publisher === undefined)).toBe(true);
  });
});
