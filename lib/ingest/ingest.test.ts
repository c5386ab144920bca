import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest, decodeArticle, IngestError, MAX_ARTICLE_BYTES } from "./index";
import { htmlView } from "./html";

const seed = (name: string) => fs.readFileSync(`seeds/${name}`, "utf8");
/** Whether the view blanks `phrase`; a phrase missing from the raw text would pass vacuously, so that fails. */
const hidden = (raw: string, view: string, phrase: string) => {
  const at = raw.indexOf(phrase);
  expect(at, `"${phrase}" is in the raw text`).toBeGreaterThanOrEqual(0);
  return view.slice(at, at + phrase.length).trim() === "";
};

describe("ingest", () => {
  it("reads the dateline's agency and date and hides the dateline", () => {
    const raw = seed("000_80400db0d5ad16ca.txt");
    const a = ingest({ file: "x.txt", raw }, "a1");
    expect(a.outlet).toBe("RIA Novosti");
    expect(a.publishedAt).toBe("2022-12-10");
    expect(hidden(raw, a.view, "TOKYO, December 10")).toBe(true);
    expect(a.view.length).toBe(raw.length);
  });

  it("reads an outlet | source | time header and blanks buttons, comments and notices", () => {
    const raw = seed("002_e19dba3863f5c744.txt");
    const a = ingest({ file: "x.txt", raw }, "a1");
    expect([a.outlet, a.republishedFrom, a.publishedAt]).toEqual(["Intellasia", "Mainichi", "2022-03-12"]);
    for (const f of ["Print This Post", "Originally, it was published here", "Category: Japan", "<!–"])
      expect(hidden(raw, a.view, f)).toBe(true);
    expect(a.parts.filter((p) => p.kind === "headline")).toHaveLength(1);
  });

  it("drops ranking lists, about-us footers and visitor counters, and names the outlet from the footer", () => {
    const yomiuri = seed("004_32bb137169c4acb3.txt");
    const y = ingest({ file: "x.txt", raw: yomiuri }, "a1");
    expect(hidden(yomiuri, y.view, "JR East Suica")).toBe(true);
    expect(y.publishedAt).toBe("2022-03-06");
    const atlas = seed("003_56b507ea6ad83ed6.txt");
    const a = ingest({ file: "x.txt", raw: atlas }, "a1");
    expect(a.outlet).toBe("Atlas Research Center");
    for (const f of ["Umumi 254014", "Leave Your Comment", "founded in Baku"])
      expect(hidden(atlas, a.view, f)).toBe(true);
  });

  it("invents nothing when the text states no outlet or date", () => {
    const a = ingest({ file: "x.txt", raw: seed("001_1a31dc364649055c.txt") }, "a1");
    expect([a.outlet, a.publishedAt]).toEqual([null, null]);
  });

  it("prefers the manifest and keeps the same hash for the same text", () => {
    const raw = seed("001_1a31dc364649055c.txt");
    const a = ingest(
      { file: "x.txt", raw, manifest: { file: "x.txt", outlet: "Example Daily", publishedAt: "2022-12-11" } },
      "a1",
    );
    expect([a.outlet, a.outletFrom, a.publishedAt]).toEqual(["Example Daily", "manifest", "2022-12-11"]);
    expect(ingest({ file: "y.txt", raw }, "a2").hash).toBe(a.hash);
  });
});

describe("HTML", () => {
  it("keeps offsets into the raw HTML and leaves out scripts, navigation and comment widgets", () => {
    const raw = `<html><head><title>T</title><script>alert("x")</script></head><body><nav>Home | World</nav><article><h1>Mayor resigns</h1><p>The mayor said on Monday that she would resign &amp; leave.</p></article><div class="comments">Great post!</div><footer>© Paper</footer></body></html>`;
    const view = htmlView(raw);
    expect(view.length).toBe(raw.length);
    const at = raw.indexOf("The mayor said");
    expect(view.slice(at, at + 14)).toBe("The mayor said");
    for (const gone of ["alert", "Home | World", "Great post", "© Paper"]) expect(view).not.toContain(gone);
  });

  it("survives hostile, unclosed markup", () => {
    const raw = `<p>Officials said 40 people <b>were <i>hurt<script>evil()</script><p>Police said <img src=x onerror=alert(1)> the road reopened`;
    const a = ingest({ file: "bad.html", raw }, "a1");
    expect(a.view).not.toContain("evil");
    expect(a.view).toContain("Police said");
  });
});

describe("decoding", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it("refuses empty, binary, non-UTF-8 and oversized files with a reason naming the file", () => {
    expect(() => decodeArticle("e.txt", new Uint8Array())).toThrow(/e.txt: the file is empty/);
    expect(() => decodeArticle("w.txt", bytes("  \n\t "))).toThrow(/no text/);
    expect(() => decodeArticle("b.txt", new Uint8Array([1, 0, 2]))).toThrow(/binary/);
    expect(() => decodeArticle("l.txt", new Uint8Array([0x63, 0xe9, 0x20]))).toThrow(/not valid UTF-8/);
    expect(() => decodeArticle("h.txt", new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(65))).toThrow(IngestError);
    expect(decodeArticle("ok.txt", bytes("Plain text."))).toBe("Plain text.");
  });
});
