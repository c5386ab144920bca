import fs from "node:fs";
import fc from "fast-check";
import type { SourceDocument } from "@/lib/ingest/types";

const WORDS = ["the", "minister", "said", "on", "Tuesday", "that", "police", "arrested", "people", "Acme", "Corp"];
const NUMBERS = ["42", "3.5", "1,200", "two", "half", "10%", "$5 million", "March 3, 2021"];
const MARKUP = [
  "<p>",
  "</p>",
  "<div>",
  "</div>",
  '<a href="javascript:alert(1)">',
  "</a>",
  "<b>",
  "<br>",
  "<script>x()</script>",
  "<!--",
  "-->",
  "&amp;",
  "&#x1F600;",
  "&bogus;",
  "<",
  ">",
  "</",
  '<p class="share">',
];
const MARKDOWN = ["# ", "## ", "**", "_", "`", "> ", "- ", "1. ", "[link](http://x.example)", "![img](a.png)"];
const PUNCTUATION = [
  ". ",
  ", ",
  "; ",
  ": ",
  "!",
  "?",
  "“",
  "”",
  '"',
  "'",
  "«",
  "»",
  "(",
  ")",
  "—",
  "...",
  "\n",
  "\n\n",
  "\r\n",
  "\t",
  "   ",
];
/** Characters that break naive code: astral symbols, combining marks, right-to-left text, zero-width joiners. */
const UNICODE = [
  "😀",
  "𝔘𝔫𝔦",
  "e\u0301",
  "a\u0308\u0323",
  "\u200d",
  "\u200b",
  "\u202e",
  "עברית",
  "中文",
  "\ufeff",
  "\u0000",
  "\ud800",
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS).map((w) => `${w} `) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS).map((n) => `${n} `) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
);

/** Text built from words, numbers, quotes, markup, Markdown and awkward Unicode in any order. */
export const generatedText = fc.array(piece, { minLength: 1, maxLength: 300 }).map((parts) => parts.join(""));

const SEEDS = fs
  .readdirSync("seeds")
  .filter((f) => f.endsWith(".txt"))
  .map((f) => fs.readFileSync(`seeds/${f}`, "utf8"));

type Edit = { at: number; cut: number; insert: string };
const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 200 }), insert: fc.oneof(generatedText, fc.constant("")) });

/** A real article with random cuts and insertions (markup, quotes, Unicode) at random places. */
export const mutatedText = fc.tuple(fc.constantFrom(...SEEDS), fc.array(edit, { maxLength: 6 })).map(([seed, edits]) =>
  edits.reduce((text: string, e: Edit) => {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + e.insert + text.slice(at + e.cut);
  }, seed),
);

const extension = fc.constantFrom("txt", "md", "html");

/** One to three articles as HTML, Markdown or text, generated or mutated from a real article. */
export const documents = fc
  .array(fc.tuple(fc.oneof(generatedText, mutatedText), extension), { minLength: 1, maxLength: 3 })
  .map((list): SourceDocument[] => list.map(([raw, ext], i) => ({ file: `fuzz-${i}.${ext}`, raw })));
