/**
 * Hostile article shapes for npm run bench:adversarial: each builds about `bytes` characters of one kind of trouble.
 */
export type Shape = { name: string; file: string; build: (bytes: number) => string };

const SENTENCE = "The council said 42 people attended the meeting on Tuesday. ";

function repeat(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length))).slice(0, bytes);
}

export const SHAPES: Shape[] = [
  {
    name: "nested divs",
    file: "nested.html",
    build: (bytes) => {
      const depth = Math.floor(bytes / 11);
      return `<html><body>${"<div>".repeat(depth)}${SENTENCE}${"</div>".repeat(depth)}</body></html>`;
    },
  },
  {
    name: "many shallow divs",
    file: "divs.html",
    build: (bytes) => `<html><body>${repeat(`<div><div><span>${SENTENCE}</span></div></div>\n`, bytes)}</body></html>`,
  },
  {
    name: "indented blank lines",
    file: "blank-lines.txt",
    build: (bytes) => SENTENCE + repeat("    \n", bytes) + SENTENCE,
  },
  { name: "whitespace run", file: "spaces.txt", build: (bytes) => SENTENCE + " ".repeat(bytes) + SENTENCE },
  { name: "punctuation run", file: "punctuation.txt", build: (bytes) => SENTENCE + repeat("!?.,;:-", bytes) },
  {
    name: "no sentence ends",
    file: "run-on.txt",
    build: (bytes) => repeat("the council said 42 people attended and ", bytes),
  },
  { name: "one long line", file: "one-line.txt", build: (bytes) => repeat(SENTENCE, bytes) },
  {
    name: "thousands of quotes",
    file: "quotes.txt",
    build: (bytes) => repeat('He said "we will act" and "we will not wait". ', bytes),
  },
  { name: "normal prose", file: "prose.txt", build: (bytes) => repeat(`${SENTENCE}\n\n`, bytes) },
];
