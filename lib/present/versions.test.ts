import { describe, expect, it } from "vitest";
import { versionChanges, versionText, VERSION_CONTEXT_WORDS } from "./versions";

const text = (raw: string) => ({ raw, format: "text" as const, bodyStart: 0, bodyEnd: raw.length });

describe("versionText", () => {
  it("reads an HTML version as its words, without markup or entities", () => {
    const raw = "<html><body><p>Fares &amp; tolls rise</p><p>by <b>8</b> percent.</p></body></html>";
    expect(versionText({ raw, format: "html", bodyStart: 0, bodyEnd: raw.length })).toBe(
      "Fares & tolls rise by 8 percent.",
    );
  });
});

describe("versionChanges", () => {
  it("marks the changed words and counts them", () => {
    const changes = versionChanges(text("The toll rose to $3 on Monday."), text("The toll rose to $4 on Tuesday."));
    expect(changes.parts.filter((p) => p.kind !== "same").map((p) => [p.kind, p.text.trim()])).toEqual([
      ["removed", "3"],
      ["added", "4"],
      ["removed", "Monday"],
      ["added", "Tuesday"],
    ]);
    expect([changes.wordsAdded, changes.wordsRemoved]).toEqual([2, 2]);
  });

  it("cuts a long unchanged stretch to a few words either side of each change", () => {
    const filler = Array.from({ length: 60 }, (_, i) => `w${i}`).join(" ");
    const { parts } = versionChanges(text(`Start one. ${filler} End two.`), text(`Start three. ${filler} End four.`));
    const middle = parts.find((p) => p.kind === "same" && p.text.includes("…"))!;
    expect(middle.text.split(/\s+/).filter((w) => /^w\d+$/.test(w)).length).toBeLessThanOrEqual(
      VERSION_CONTEXT_WORDS * 2 + 2,
    );
    expect(middle.text).toContain("w0");
    expect(middle.text).toContain("w59");
  });

  it("finds no change between identical versions", () => {
    expect(versionChanges(text("Same words."), text("Same words."))).toMatchObject({ wordsAdded: 0, wordsRemoved: 0 });
  });
});
