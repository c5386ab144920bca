import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments } from "../helpers/stories";
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

let stories: string[];
beforeAll(async () => {
  await freshStore();
  await importDocuments([...storyDocuments("calder"), ...storyDocuments("riverton")]);
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
