import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pieces } from "./pieces";
import { parse, PARSE_PIECE_CHARS } from "./nlp";

describe("pieces", () => {
  it("cover every line with something on it, in order, never longer than the cap, and skip blank lines", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.integer({ min: 8, max: 60 }), (text, max) => {
        const spans = pieces(text, max);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end - s.start).toBeLessThanOrEqual(max);
          expect(s.end).toBeGreaterThan(s.start);
          last = s.end;
        }
        const covered = new Set(spans.flatMap((s) => Array.from({ length: s.end - s.start }, (_, i) => s.start + i)));
        for (let i = 0; i < text.length; i++) if (/\S/.test(text[i]!)) expect(covered.has(i), `offset ${i}`).toBe(true);
      }),
    );
  });

  it("cut a long paragraph at sentence ends, and never inside a surrogate pair", () => {
    const text = "One two three. Four five six. Seven eight nine.";
    expect(pieces(text, 20).map((s) => text.slice(s.start, s.end))).toEqual([
      "One two three. ",
      "Four five six. ",
      "Seven eight nine.",
    ]);
    const astral = "😀".repeat(20);
    for (const s of pieces(astral, 9)) expect(s.start % 2).toBe(0);
  });
});

describe("parse in pieces", () => {
  it("gives tokens whose offsets hold in the whole text across piece boundaries and blank runs", () => {
    const paragraph = "The council said 42 people attended on Tuesday. ".repeat(600);
    const text = `${paragraph}\n${"    \n".repeat(5000)}\n${paragraph}`;
    expect(paragraph.length).toBeGreaterThan(PARSE_PIECE_CHARS);
    const parsed = parse(text);
    for (const t of parsed.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const s of parsed.sentences) expect(s.first).toBeLessThanOrEqual(s.last);
    const numbers = parsed.entities.filter((e) => parsed.tokens[e.first]!.text === "42");
    expect(numbers).toHaveLength(1200);
  });
});
