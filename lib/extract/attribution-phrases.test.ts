import { describe, expect, it } from "vitest";
import { chain } from "../../tests/helpers/attribution";

// Where a source's words stand around its verb: an intention to cite, a source early after a comma, a verb with no
// source before it, a parenthesis earlier in the sentence.

describe("sources around the verb of saying", () => {
  it.each([
    // "to cite" is an intention: what follows is not cited.
    ["The council declined to cite the report on the bridge in August 2024.", []],
    // A source early in the sentence stays inside even after a comma; the trailing one leads.
    [
      "In Calder, the mayor said the bridge will close, the Herald reported.",
      [
        ["the Herald", "publication", "herald"],
        ["the mayor", "anonymous", "mayor"],
      ],
    ],
    // A verb with no source before it, not after a comma or quote, takes none after it: "the bridge" says nothing.
    ["Maria Okonjo denied having said the bridge will close.", [["Maria Okonjo", "person", "maria okonjo"]]],
    // A verb of saying that opens the sentence has nothing before it.
    ["Reported cases rose to 40 in the valley.", []],
    // Only adverbs before the verb: no source.
    ["Also reported: the bridge will close in August.", []],
    // A parenthesis earlier in the sentence does not end the source's own.
    [
      "After the vote (on Monday), the council (CC) said the bridge will close.",
      [["the council (CC)", "official", "council"]],
    ],
  ])("%s", (sentence, expected) => {
    expect(chain(sentence)).toEqual(expected);
  });
});
