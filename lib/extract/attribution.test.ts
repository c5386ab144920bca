import { describe, expect, it } from "vitest";
import { ingest } from "../ingest/index";
import { extract } from "./index";
import { canonicalSource, sourceKind } from "./attribution";

const chain = (sentence: string) => {
  const claims = extract(ingest({ file: "t.txt", raw: sentence }, "a1"));
  expect(claims, `one claim in: ${sentence}`).toHaveLength(1);
  return claims[0]!.facets.attribution.map((s) => {
    expect(s.text).toBe(sentence.slice(s.start, s.end));
    return [s.text, s.kind, s.canonical];
  });
};

describe("who says so, outermost first", () => {
  it.each([
    ["Maria Okonjo said the bridge will close in August.", [["Maria Okonjo", "person", "maria okonjo"]]],
    [
      "The bridge will close, according to the Calder Post newspaper.",
      [["the Calder Post newspaper", "publication", "calder post"]],
    ],
    [
      "The bridge will close, the Calder Post reported, citing port officials.",
      [
        ["the Calder Post", "publication", "calder post"],
        ["port officials", "anonymous", "port officials"],
      ],
    ],
    [
      "He said the bridge will close, the Herald reported.",
      [
        ["the Herald", "publication", "herald"],
        ["He", "pronoun", "he"],
      ],
    ],
    ['"We will reopen it," said Maria Okonjo, the port director.', [["Maria Okonjo", "person", "maria okonjo"]]],
    [
      "The mayor (a former engineer) said the bridge will close.",
      [["The mayor (a former engineer)", "person", "mayor"]],
    ],
    ["The bridge will close in August, said the port director.", [["the port director", "anonymous", "port director"]]],
    ["Port officials have also said the bridge will close.", [["Port officials", "anonymous", "port officials"]]],
    [
      "According to the Calder Post, the bridge will close in August.",
      [["the Calder Post", "publication", "calder post"]],
    ],
    // A name that reports or writes is a publication.
    ["Reuters reported the bridge will close in August.", [["Reuters", "publication", "reuters"]]],
    ["Okonjo's deputy told reporters the bridge will close.", [["Okonjo's deputy", "person", "okonjo deputy"]]],
    [
      "The bridge will close, Maria Okonjo said, quoting the port engineers.",
      [
        ["Maria Okonjo", "person", "maria okonjo"],
        ["the port engineers", "anonymous", "port engineers"],
      ],
    ],
    ["Officials want to say nothing about the bridge.", []],
    ["The bridge will close in August.", []],
  ])("%s", (sentence, expected) => {
    expect(chain(sentence)).toEqual(expected);
  });
});

// Known bug (reported, not fixed here): a name in apposition before "said" is skipped, and the sentence is read as
// inverted ("..., said X"), so the object of the reported clause becomes the source: "the bridge".
it.fails("(known bug) reads the source of 'The port director, Maria Okonjo, said ...'", () => {
  expect(chain("The port director, Maria Okonjo, said the bridge will close.").map(([text]) => text)).toEqual([
    "The port director, Maria Okonjo",
  ]);
});

describe("kinds of source", () => {
  it.each([
    ["he", "pronoun"],
    ["They", "pronoun"],
    ["France", "official"],
    ["the Calder Post newspaper", "publication"],
    ["the Herald Tribune", "publication"],
    ["officials", "anonymous"],
    ["people familiar with the matter", "anonymous"],
    ["the ministry", "official"],
    ["the Foreign Ministry", "official"],
    ["Maria Okonjo", "person"],
    ["Acme", "person"],
    ["witnesses", "anonymous"],
  ])("%s is %s", (surface, kind) => {
    expect(sourceKind(surface)).toBe(kind);
  });
});

describe("canonical source names, so one source cited two ways is one origin", () => {
  it.each([
    ["the Calder Post newspaper", "calder post"],
    ["The Asahi Shimbun's report", "asahi shimbun"],
    ["the Foreign Ministry (MOFA)", "foreign ministry"],
    ["a local French newspaper", ""],
    ["the Herald", "herald"],
  ])("%s → %s", (surface, canonical) => {
    expect(canonicalSource(surface)).toBe(canonical);
  });
});
