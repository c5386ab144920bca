import fs from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { pageMetadata } from "@/server/page-metadata";

const page = (head: string) => parseHTML(`<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`);
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe("what a page states about itself", () => {
  it("reads a NewsArticle inside @graph, past a broken JSON-LD block", () => {
    const { document } = parseHTML(fs.readFileSync("tests/fixtures/pages/article-jsonld.html", "utf8"));
    expect(pageMetadata(document)).toEqual({
      outlet: "Harbour Herald",
      title: "Ferry fares to rise in spring",
      authors: ["Ines Varga", "Tomas Bell"],
      publishedTime: "2025-02-03T07:00:00+01:00",
      modifiedTime: "2025-02-04T10:15:00+01:00",
      canonical: null,
    });
  });

  it("prefers meta tags to JSON-LD, and leaves out author links that are addresses, not names", () => {
    const { document } = page(
      '<meta property="og:site_name" content="North Wire" /><meta property="article:modified_time" content="2025-05-02" />' +
        '<meta property="article:author" content="https://example.org/staff/1" /><meta name="author" content="Ann Lee" />' +
        ld({ "@type": "Article", publisher: "Other Name", dateModified: "2025-01-01", author: { name: "Someone" } }),
    );
    expect(pageMetadata(document)).toMatchObject({
      outlet: "North Wire",
      modifiedTime: "2025-05-02",
      authors: ["Ann Lee"],
    });
  });

  it("takes nothing from JSON-LD that describes no article", () => {
    const { document } = page(ld([{ "@type": "Organization", name: "Harbour Herald" }]));
    expect(pageMetadata(document)).toEqual({
      outlet: null,
      title: null,
      authors: [],
      publishedTime: null,
      modifiedTime: null,
      canonical: null,
    });
  });
});
