import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { emptyFacets } from "@/lib/extract/bare-claim";
import { stubNext } from "../helpers/next-stubs";

// Labels the pages shorten, rendered to HTML in the test process: each is cut after a whole word, never inside one.
stubNext();

const { FacetChips } = await import("@/app/components/facet-chips");
const { LINE_CHARACTERS, TimelineGraph } = await import("@/app/stories/[id]/timeline/timeline-graph");

const QUOTE = "We will keep the crossing open through the whole of the round-the-clock repair programme";
const TITLE = "Harbour bridge closes for repairs as the port authority weighs a round-the-clock ferry service";

/** The text before an ellipsis is a run of whole words of `full`: `full` goes on with a space after it. */
function cutAtWord(shown: string, full: string): boolean {
  const head = shown.replace(/…$/u, "");
  return shown.endsWith("…") && full.startsWith(`${head} `);
}

describe("shortened labels", () => {
  it("cuts a quote chip after a whole word", () => {
    const facets = emptyFacets({ quotes: [{ start: 3, end: 3 + QUOTE.length, text: QUOTE, speaker: "the mayor" }] });
    const html = renderToStaticMarkup(createElement(FacetChips, { facets, articleId: 7 }));
    const shown = /quote: “([^”]+)”/.exec(html)![1]!;
    expect(shown.length).toBeLessThan(QUOTE.length);
    expect(cutAtWord(shown, QUOTE), shown).toBe(true);
  });

  it("cuts a timeline title after a whole word, to the room its outlet's name leaves on the line", async () => {
    const article = { outlet: "North Wire", title: TITLE, file: "a.txt", publishedAt: "2024-05-01" };
    const unnamed = "unnamed outlet (“Harbour bridge closes for repairs as the port…”)";
    const timeline = {
      id: "s1",
      title: TITLE,
      articles: [
        { id: 1, ...article },
        { id: 2, ...article, outlet: "The Harbour and Lakeside Evening Chronicle Weekly" },
        { id: 3, ...article, outlet: unnamed, title: null },
        { id: 4, ...article, outlet: `Courier ${"of the harbour ".repeat(8)}` },
      ],
      sources: [],
      links: [],
      groups: [],
    };
    const html = renderToStaticMarkup(createElement(TimelineGraph, { timeline }));
    const lines = [...html.matchAll(/<tspan font-weight="700">([^<]+)<\/tspan>(?:<tspan[^>]*> — ([^<]+)<\/tspan>)?/g)];
    expect(lines.map((m) => m[1])).toEqual([
      "North Wire",
      "The Harbour and Lakeside Evening Chronicle Weekly",
      unnamed,
      expect.stringMatching(/^Courier of the harbour .*…$/),
    ]);
    for (const [, outlet, shown] of lines.slice(0, 2)) {
      expect(shown!.length).toBeLessThan(TITLE.length);
      expect(cutAtWord(shown!, TITLE), shown).toBe(true);
      expect(`${outlet} — ${shown}`.length).toBeLessThanOrEqual(LINE_CHARACTERS);
    }
    // An article of no known outlet is named by its opening words already: they are not said twice.
    expect(lines[2]![2]).toBeUndefined();
    // A name too long for the line is cut at a word too, and leaves no room for the title.
    expect(lines[3]![1]!.length).toBeLessThanOrEqual(LINE_CHARACTERS);
    expect(lines[3]![2]).toBeUndefined();
  });
});
