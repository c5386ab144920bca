import { describe, expect, it } from "vitest";
import { claimWords, stem, windowStems } from "./window";
import { claim } from "../../tests/helpers/build";

/**
 * The window around `value` in a hand-built claim placed at offset 100 of its article (so article offsets are
 * exercised), every word a content word unless `content` says otherwise. Entries in order: before (nearest first),
 * then after.
 */
function around(text: string, value: string, content?: string[]): [string, string][] {
  const c = { ...claim("c1", "a1", {}, text), start: 100, end: 100 + text.length };
  const at = text.indexOf(value);
  if (at < 0) throw new Error(`"${value}" not in "${text}"`);
  const all = claimWords(c);
  const kept = new Set(content ?? all.map((w) => w.stem));
  return [...windowStems(c, all, { start: 100 + at, end: 100 + at + value.length }, kept)];
}
const keys = (entries: [string, string][]) => entries.map(([k]) => k);

describe("stem", () => {
  it.each([
    ["Troops", "troop"],
    ["troop", "troop"],
    ["apologised", "apolo"],
    ["apology", "apolo"],
    ["minister's", "minis"],
    ["Smith’s", "smith"],
    ["well-known", "wellk"],
    ["o'clock", "ocloc"],
    ["Zürich", "zuric"],
    ["war", "war"],
  ])("%s → %s", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe("claimWords", () => {
  it("gives each word its article offsets and stem, keeping hyphenated and possessive words whole", () => {
    const c = { ...claim("c1", "a1", {}, "The well-known mayor’s 40 cats"), start: 10, end: 40 };
    expect(claimWords(c)).toEqual([
      { start: 10, end: 13, stem: "the" },
      { start: 14, end: 24, stem: "wellk" },
      { start: 25, end: 32, stem: "mayor" },
      { start: 33, end: 35, stem: "40" },
      { start: 36, end: 40, stem: "cats" },
    ]);
  });
});

describe("windowStems: the content words of a value's clause", () => {
  it("takes the words either side, nearest first, mapped to the words as written", () => {
    expect(around("Alpha bravo charlie 40 delta echo Foxtrot", "40")).toEqual([
      ["charl", "charlie"],
      ["bravo", "bravo"],
      ["alpha", "Alpha"],
      ["delta", "delta"],
      ["echo", "echo"],
      ["foxtr", "Foxtrot"],
    ]);
  });

  it.each([["; "], [": "], [" ("], [") "], [" — "], ["—"], [" - "], [" – "]])(
    "stops at the clause boundary %j on either side",
    (boundary) => {
      expect(keys(around(`Alpha${boundary}charlie 40 delta${boundary}echo`, "40"))).toEqual(["charl", "delta"]);
    },
  );

  it("does not stop at a hyphen inside a word or at a comma", () => {
    expect(keys(around("Alpha, well-known 40 delta, echo", "40"))).toEqual(["wellk", "alpha", "delta", "echo"]);
  });

  it.each([['"'], ["“"], ["”"], ["‘"]])("does not stop at the quote mark %s", (mark) => {
    expect(keys(around(`Alpha ${mark}charlie 40 delta${mark} echo`, "40"))).toEqual([
      "charl",
      "alpha",
      "delta",
      "echo",
    ]);
  });

  it("keeps only content words, and skips numbers", () => {
    const text = "The bravo of 2023 and 40 the delta in 12 echo";
    expect(keys(around(text, "40", ["bravo", "delta", "echo", "2023", "12"]))).toEqual(["bravo", "delta", "echo"]);
  });

  it("drops verbs of saying even when the tagger kept them", () => {
    expect(keys(around("Mayor announced 40 cuts reported by staff", "40"))).toEqual(["mayor", "cuts", "by", "staff"]);
    expect(keys(around("Officials confirmed 40 cuts", "40"))).toEqual(["offic", "cuts"]);
  });

  it("keeps at most six content words a side, the nearest", () => {
    const text = "one two three four five six seven eight 40 nine ten eleven twelve thirteen fourteen fifteen";
    expect(keys(around(text, "40"))).toEqual([
      "eight",
      "seven",
      "six",
      "five",
      "four",
      "three",
      "nine",
      "ten",
      "eleve",
      "twelv",
      "thirt",
      "fourt",
    ]);
  });

  it("counts only content words towards the six", () => {
    const text = "one two zz three zz four zz five zz six zz seven 40";
    expect(keys(around(text, "40", ["one", "two", "three", "four", "five", "six", "seven"]))).toEqual([
      "seven",
      "six",
      "five",
      "four",
      "three",
      "two",
    ]);
  });

  it("looks among fourteen words a side, content or not", () => {
    const filler = (n: number) => Array.from({ length: n }, () => "zz").join(" ");
    expect(keys(around(`target ${filler(13)} 40 ${filler(13)} after`, "40", ["targe", "after"]))).toEqual([
      "targe",
      "after",
    ]);
    expect(keys(around(`target ${filler(14)} 40 ${filler(14)} after`, "40", ["targe", "after"]))).toEqual([]);
  });

  it("keeps each stem once, with its nearest spelling", () => {
    expect(around("Troops and troop 40 troops", "40")).toEqual([
      ["troop", "troop"],
      ["and", "and"],
    ]);
  });
});
