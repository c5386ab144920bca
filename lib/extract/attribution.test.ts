import { describe, expect, it } from "vitest";
import { chain } from "../../tests/helpers/attribution";
import { canonicalSource, sourceKind } from "./attribution";

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

describe("reported speech: where the source stands and what it leads", () => {
  it.each([
    // A participle of saying is no source of its own: "officials saying" reports nothing here.
    ["The bridge will close in August, with officials saying repairs are due.", []],
    // "to say" is an intention, not a saying.
    ["Officials expect to say more on Monday.", []],
    // A time after the source is not part of it.
    ["The bridge will close, officials said on Monday.", [["officials", "anonymous", "officials"]]],
    ["According to officials on Monday, the bridge will close.", [["officials", "anonymous", "officials"]]],
    // Inverted after a quote: the source follows the verb.
    ['"The bridge will close," said the mayor.', [["the mayor", "anonymous", "mayor"]]],
    ['"The bridge will close," the mayor said.', [["the mayor", "anonymous", "mayor"]]],
    ["The bridge will close, said Maria Okonjo.", [["Maria Okonjo", "person", "maria okonjo"]]],
    // The one told is not the source.
    ["Maria Okonjo told the Calder Post the bridge will close.", [["Maria Okonjo", "person", "maria okonjo"]]],
    // A source that writes is a publication, and what it cites follows it.
    [
      "The bridge will close, the Calder Post wrote, citing the mayor.",
      [
        ["the Calder Post", "publication", "calder post"],
        ["the mayor", "anonymous", "mayor"],
      ],
    ],
    [
      "The bridge will close, Maria Okonjo said, citing the Calder Post.",
      [
        ["Maria Okonjo", "person", "maria okonjo"],
        ["the Calder Post", "publication", "calder post"],
      ],
    ],
    // A parenthesis and a possessive belong to the source's noun phrase.
    ["The council (CC) said the bridge will close.", [["The council (CC)", "official", "council"]]],
    ["The bridge will close, the mayor's office said.", [["the mayor's office", "official", "mayor office"]]],
    ["In Calder, the mayor has repeatedly said the bridge will close.", [["the mayor", "anonymous", "mayor"]]],
    ["The bridge, the mayor said, will close in August.", [["the mayor", "anonymous", "mayor"]]],
    ["They said the bridge will close.", [["They", "pronoun", "they"]]],
    [
      "The bridge will close in August after the repairs, the authority announced.",
      [["the authority", "anonymous", "authority"]],
    ],
    // A trailing publication leads the chain; the source inside the sentence comes after what it cites.
    [
      "Maria Okonjo said repairs will take 14 weeks, the Calder Post reported, citing the port authority.",
      [
        ["the Calder Post", "publication", "calder post"],
        ["the port authority", "anonymous", "port authority"],
        ["Maria Okonjo", "person", "maria okonjo"],
      ],
    ],
  ])("%s", (sentence, expected) => {
    expect(chain(sentence)).toEqual(expected);
  });

  // Known bug (reported, not fixed here): a capital letter at the start of the sentence makes a common noun a name,
  // so "Engineers" and "The mayor" are read as persons while "the mayor" later in a sentence is anonymous.
  it.fails("(known bug) reads sentence-initial 'Engineers said' as an anonymous source", () => {
    expect(chain("Engineers said repairs will take 14 weeks.")).toEqual([["Engineers", "anonymous", "engineers"]]);
  });

  // Known bug (reported, not fixed here): "according to a report by X" stops at "a report", a publication with an
  // empty canonical name, so the origin X is lost.
  it.fails("(known bug) reads 'according to a report by the Calder Post' as the Calder Post", () => {
    expect(chain("The bridge will close, according to a report by the Calder Post.")).toEqual([
      ["a report by the Calder Post", "publication", "calder post"],
    ]);
  });
});

// Known bug (reported, not fixed here): a name in apposition before "said" is skipped, and the sentence is read as
// inverted ("..., said X"), so the object of the reported clause becomes the source: "the bridge".
it.fails("(known bug) reads the source of 'The port director, Maria Okonjo, said ...'", () => {
  expect(chain("The port director, Maria Okonjo, said the bridge will close.").map(([text]) => text)).toEqual([
    "The port director, Maria Okonjo",
  ]);
});

describe("where a source's noun phrase starts and ends", () => {
  it.each([
    // A place word opening the sentence is not part of the source; the place name it leads to is.
    ["In Calder officials said the bridge will close.", [["Calder officials", "anonymous", "calder officials"]]],
    // Words between "according to" and the source are skipped; a possessive and a trailing adjective are not the end.
    ["The bridge will close, according to at least two officials.", [["two officials", "anonymous", "two officials"]]],
    ["The bridge will close, according to the mayor's office.", [["the mayor's office", "official", "mayor office"]]],
    ["The bridge will close, according to officials involved.", [["officials", "anonymous", "officials"]]],
    [
      "The bridge will close, according to the two engineers present.",
      [["the two engineers", "anonymous", "two engineers"]],
    ],
    // Only a name that reports or writes is a publication: "according to" a person names a person.
    ["The bridge will close, according to Maria Okonjo.", [["Maria Okonjo", "person", "maria okonjo"]]],
    // What a source cites is where it got it: a name cited by an outlet is read as a publication.
    [
      "The bridge will close, the Herald reported, citing Reuters.",
      [
        ["the Herald", "publication", "herald"],
        ["Reuters", "publication", "reuters"],
      ],
    ],
    // A source late in a sentence leads the chain only when set off by a comma or a quote before it: here it is
    // reported by the first.
    [
      "Maria Okonjo told reporters on Monday that the port director has said the bridge will close, probably in August.",
      [
        ["Maria Okonjo", "person", "maria okonjo"],
        ["the port director", "anonymous", "port director"],
      ],
    ],
    // A verb of saying with no source of its own ("as reported") leaves what follows cited by the source before it.
    [
      "Maria Okonjo said the bridge will close in August, as reported on Monday, citing the port authority.",
      [
        ["Maria Okonjo", "person", "maria okonjo"],
        ["the port authority", "anonymous", "port authority"],
      ],
    ],
    // Only "according" before "to" reads the phrase after "to" as the source: "said to reporters" does not.
    ["Maria Okonjo said to reporters that the bridge will close.", [["Maria Okonjo", "person", "maria okonjo"]]],
    // "according" without "to" attributes nothing, and a sentence may end on it.
    ["Fares will rise according with the contract, officials said.", [["officials", "anonymous", "officials"]]],
    ["Officials said the work went according", [["Officials", "anonymous", "officials"]]],
  ])("%s", (sentence, expected) => {
    expect(chain(sentence)).toEqual(expected);
  });
});

// Known bug (reported, not fixed here): whatever "citing" names is made a publication, so a person cited by an outlet
// becomes one ("citing Maria Okonjo" → publication).
it.fails("(known bug) keeps a cited person a person", () => {
  expect(chain("The bridge will close, the Herald reported, citing Maria Okonjo.")).toEqual([
    ["the Herald", "publication", "herald"],
    ["Maria Okonjo", "person", "maria okonjo"],
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
    ["she", "pronoun"],
    ["It", "pronoun"],
    ["a diplomat", "anonymous"],
    ["the agency", "publication"],
    ["the Times of Calder", "publication"],
    ["a spokesman", "official"],
    ["Calder's police", "official"],
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
    // A nationality adjective goes, a country named as part of a name stays.
    ["the French Foreign Ministry", "foreign ministry"],
    ["the Bank of France", "bank of france"],
    ["sources close to the mayor", "sources close to mayor"],
    ["Calder's police", "calder police"],
  ])("%s → %s", (surface, canonical) => {
    expect(canonicalSource(surface)).toBe(canonical);
  });
});
