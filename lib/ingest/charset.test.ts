import { describe, expect, it } from "vitest";
import { decodePage } from "./charset";

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const PAGE = "<p>Jos\u00e9 Mar\u00eda N\u00fa\u00f1ez said so.</p>";

describe("decodePage", () => {
  it("reads the charset the Content-Type header states", () => {
    expect(decodePage(latin1(PAGE), "text/html; charset=ISO-8859-1")).toBe(PAGE);
  });

  it("reads a <meta charset> near the top when the header states none", () => {
    const bytes = latin1(`<html><head><meta charset="windows-1252"></head><body>${PAGE}</body></html>`);
    expect(decodePage(bytes, "text/html")).toContain("Jos\u00e9 Mar\u00eda N\u00fa\u00f1ez");
    const equiv = latin1(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">${PAGE}`);
    expect(decodePage(equiv, "text/html")).toContain("N\u00fa\u00f1ez");
  });

  it("reads a feed's XML declaration", () => {
    const feed = latin1(`<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>${PAGE}</title></rss>`);
    expect(decodePage(feed, "application/rss+xml")).toContain("N\u00fa\u00f1ez");
  });

  it("lets the header win over the page's own meta tag", () => {
    const bytes = new TextEncoder().encode(`<meta charset="iso-8859-1">${PAGE}`);
    expect(decodePage(bytes, "text/html; charset=utf-8")).toContain("N\u00fa\u00f1ez");
  });

  it("lets a byte-order mark outrank any label, and reads a page's own utf-16 label as UTF-8", () => {
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(PAGE)]);
    expect(decodePage(marked, "text/html; charset=iso-8859-1")).toBe(PAGE);
    const ascii = new TextEncoder().encode(`<meta charset="utf-16"><p>Plain words.</p>`);
    expect(decodePage(ascii, "text/html")).toContain("<p>Plain words.</p>");
  });

  it("falls back to UTF-8 when nothing is stated or the label is unknown", () => {
    const bytes = new TextEncoder().encode(PAGE);
    expect(decodePage(bytes, "text/html")).toBe(PAGE);
    expect(decodePage(bytes, "text/html; charset=no-such-encoding")).toBe(PAGE);
  });
});
