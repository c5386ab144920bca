import { describe, expect, it } from "vitest";
import { visibleWords } from "./visible-words";

const page = (nonce: string, figure: string) =>
  `<html><head><script nonce="${nonce}">var t = "${nonce}";</script></head><body>\n` +
  `<!-- served by edge ${nonce} -->\n<p data-slot="${nonce}">The contract is worth ${figure}.</p>\n` +
  `<p>Work  starts\nin August.</p></body></html>`;
const whole = (raw: string) => ({ start: 0, end: raw.length });

describe("visibleWords", () => {
  it("is the same for two fetches that differ only in markup, scripts, comments and spacing", () => {
    const a = page("a1b2", "$4 million");
    const b = page("zz99-longer-nonce", "$4 million");
    expect(a).not.toBe(b);
    expect(visibleWords(a, whole(a))).toBe("The contract is worth $4 million. Work starts in August.");
    expect(visibleWords(b, whole(b))).toBe(visibleWords(a, whole(a)));
  });

  it("differs when a word the reader sees changes", () => {
    const a = page("n", "$4 million");
    const b = page("n", "$5 million");
    expect(visibleWords(b, whole(b))).not.toBe(visibleWords(a, whole(a)));
  });

  it("reads only the body span it is given", () => {
    const raw = "Headline\n\nBody words here.";
    expect(visibleWords(raw, { start: 10, end: raw.length })).toBe("Body words here.");
  });
});
