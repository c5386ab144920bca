import { describe, expect, it } from "vitest";
import { snippetAround } from "./snippet";

describe("a search hit's snippet", () => {
  it("starts at a word before the hit and drops markup", () => {
    const raw = `<p>${"word ".repeat(40)}the <b>council</b> voted &amp; left ${"more ".repeat(40)}</p>`;
    const snippet = snippetAround(raw, ["council"]);
    expect(snippet.startsWith("…word")).toBe(true);
    expect(snippet).toContain("the council voted & left");
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(162);
  });

  it("is the opening when the text does not hold the word, and whole when short", () => {
    expect(snippetAround("A short text.", ["headline"])).toBe("A short text.");
    expect(snippetAround("A short council text.", ["council"])).toBe("A short council text.");
  });
});
