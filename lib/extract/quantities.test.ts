import { describe, expect, it } from "vitest";
import { ingest } from "../ingest/index";
import { extract } from "./index";
import { numberValue } from "./quantities";
import { brief, quantitiesOf } from "../../tests/helpers/quantities";

// Quantities as the judge sees them: one sentence in, the claim's quantities out, each checked whole (value, unit,
// dimension, qualifier and the exact words it came from), so a unit factor or a qualifier that goes astray shows.

describe("units are converted into one canonical unit per dimension", () => {
  it.each([
    ["Engineers found cracks along a 3,000 metres stretch of the deck.", [3, "km", "length", "exact", "3,000 metres"]],
    ["Engineers found cracks along a 250 meters stretch of the deck.", [0.25, "km", "length", "exact", "250 meters"]],
    ["The detour adds 12 miles to the journey, the authority said.", [19.312128, "km", "length", "exact", "12 miles"]],
    [
      "The wreck lies 10 nautical miles off the coast, the navy said.",
      [18.52, "km", "length", "exact", "10 nautical miles"],
    ],
    ["The missile has a range of 500 kilometres, officials said.", [500, "km", "length", "exact", "500 kilometres"]],
    ["The bridge can carry lorries of 40 tonnes, the engineers said.", [40000, "kg", "mass", "exact", "40 tonnes"]],
    ["The ship unloaded 2 tons of rice at the port on Monday.", [2000, "kg", "mass", "exact", "2 tons"]],
    ["Customs officers seized 50 kilograms of cocaine on Monday.", [50, "kg", "mass", "exact", "50 kilograms"]],
    ["The fish caught off the pier weighed 10 lbs, he said.", [4.536, "kg", "mass", "exact", "10 lbs"]],
    ["The runway is 500m long, officials said.", [0.5, "km", "length", "exact", "500m"]],
  ])("%s", (sentence, expected) => {
    expect(quantitiesOf(sentence).map(brief)).toEqual([expected]);
  });
});

describe("currencies, where the text states them", () => {
  it.each([
    ["The contract for the repairs is worth $4 million, the authority said.", [4e6, "USD", "$4 million"]],
    ["The city will spend €2.5 billion on new trams, the mayor said.", [2.5e9, "EUR", "€2.5 billion"]],
    ["The club paid £300,000 for the player, the chairman said.", [300000, "GBP", "£300,000"]],
    ["The company will invest ¥500 million in the plant.", [5e8, "JPY", "¥500 million"]],
  ])("%s", (sentence, [value, unit, text]) => {
    const [q] = quantitiesOf(sentence);
    expect([q?.value, q?.unit, q?.dimension, q?.text]).toEqual([value, unit, "currency", text]);
  });

  // wink's MONEY entity takes the currency word in ("20 euros", "4 million dollars"): the unit must survive it.
  it.each([
    ["Tickets will cost 20 euros each from Monday, the museum said.", [20, "EUR", "20 euros"]],
    ["The contract for the repairs is worth 4 million dollars, the authority said.", [4e6, "USD", "4 million dollars"]],
    ["The fish caught off the pier weighed 10 pounds, he said.", [4.536, "kg", "10 pounds"]],
  ])("reads a currency or unit word inside the number: %s", (sentence, [value, unit, text]) => {
    const [q] = quantitiesOf(sentence);
    expect([q?.value, q?.unit, q?.text]).toEqual([value, unit, text]);
  });
});

describe("a noun glued to the number by a hyphen", () => {
  it("counts the glued noun: a 48-page indictment is 48 pages, a 10-mile stretch 10 miles", () => {
    expect(
      quantitiesOf("In a 48-page indictment released on Monday, Hunter was charged.").map((q) => [q.value, q.unit]),
    ).toEqual([[48, "page"]]);
    expect(quantitiesOf("The 10-mile stretch of road in Ohio was closed.").map((q) => [q.unit, q.text])).toEqual([
      ["km", "10-mile"],
    ]);
  });
});

describe("percentages, counts and plain numbers", () => {
  it("reads percent, per cent and % alike, and keeps percentage points apart", () => {
    for (const s of [
      "Water prices will rise by 12 percent from July.",
      "Water prices will rise by 12 per cent from July.",
      "Water prices will rise by 12% from July.",
    ])
      expect(quantitiesOf(s).map((q) => [q.value, q.unit, q.dimension])).toEqual([[12, "%", "percent"]]);
    expect(quantitiesOf("Turnout rose by 3 percentage points in the city.").map((q) => [q.value, q.unit])).toEqual([
      [3, "pp"],
    ]);
  });

  it("counts what a number counts, by the head noun's lemma", () => {
    expect(quantitiesOf("Russia sent 10,000 troops to the border last year.").map(brief)).toEqual([
      [10000, "troop", "count", "exact", "10,000 troops"],
    ]);
    expect(quantitiesOf("The bridge carries 9,000 vehicles a day, the port authority said.").map(brief)).toEqual([
      [9000, "vehicle", "count", "exact", "9,000 vehicles"],
    ]);
  });

  it("reads number words and multipliers", () => {
    expect(quantitiesOf("The missile has a range of five hundred kilometres, officials said.")[0]?.value).toBe(500);
    expect(numberValue("2.5 billion")).toBe(2.5e9);
    expect(numberValue("10,000")).toBe(10000);
    expect(numberValue("3bn")).toBe(3e9);
    expect(numberValue("twelve")).toBe(12);
    expect(numberValue("$40")).toBe(40);
    expect(numberValue("12 percent")).toBe(12);
    expect(numberValue("seventy-five")).toBe(75);
    expect(numberValue("no number here")).toBeNull();
  });

  it("reads ages as years old", () => {
    expect(quantitiesOf("A 30-year-old man was arrested in Leeds on Friday.").map((q) => [q.value, q.unit])).toEqual([
      [30, "years old"],
    ]);
    expect(quantitiesOf("The boys, aged 16 and 13, were treated in hospital.").map((q) => [q.value, q.unit])).toEqual([
      [16, "years old"],
      [13, "years old"],
    ]);
  });

  it("leaves years and month-named durations to dates", () => {
    expect(quantitiesOf("The strategy was adopted in 2013 by the cabinet of Japan.")).toEqual([]);
    expect(quantitiesOf("The bridge has been closed since February 24, officials said.")).toEqual([]);
    // A year-like number with a comma is a count.
    expect(quantitiesOf("Police said 2,013 people were questioned.").map((q) => [q.value, q.unit])).toEqual([
      [2013, "people"],
    ]);
  });
});

describe("bounds stated before a number are kept as qualifiers", () => {
  it.each([
    ["The flight range is up to 500 km, the ministry said.", 500, "up-to"],
    ["The crowd was as many as 300 people, the police said.", 300, "up-to"],
    ["The council will spend at most 40 dollars per household.", 40, "at-most"],
    ["The council will spend no more than 40 dollars per household.", 40, "at-most"],
    ["The fire destroyed at least 40 homes in the valley.", 40, "at-least"],
    ["The fire destroyed more than 40 homes in the valley.", 40, "more-than"],
    ["The fire destroyed over 40 homes in the valley.", 40, "more-than"],
    ["The fire destroyed fewer than 40 homes in the valley.", 40, "less-than"],
    ["The fire destroyed about 40 homes in the valley.", 40, "about"],
    ["The fire destroyed roughly 40 homes in the valley.", 40, "about"],
    ["The fire destroyed 40 homes in the valley.", 40, "exact"],
  ])("%s → %s %s", (sentence, value, qualifier) => {
    expect(quantitiesOf(sentence).map((q) => [q.value, q.qualifier])).toEqual([[value, qualifier]]);
  });
});

describe("what a number counts", () => {
  it.each([
    ["The army sent 2100 troops to the border.", [[2100, "troop", "count", "exact", "2100 troops"]]],
    ["The army sent 1799 troops to the border.", [[1799, "troop", "count", "exact", "1799 troops"]]],
    ["The council said the plan runs until 2100 at the latest.", []],
    ["Officials said 2100 was the target.", []],
    ["Officials said five of the members voted against the plan.", []],
    ["Officials said 12 of the 40 members left.", [[40, "member", "count", "exact", "40 members"]]],
    ["The council bought 5 new buses on Monday.", [[5, "bus", "count", "exact", "5 new buses"]]],
    ["The storm left 40 damaged homes in the valley.", [[40, "home", "count", "exact", "40 damaged homes"]]],
    ["Two Aleutian Islands were evacuated on Monday.", [[2, "island", "count", "exact", "Two Aleutian Islands"]]],
    ["A 5-year-old girl was hurt in the crash.", [[5, "years old", "count", "exact", "5-year-old"]]],
    ["The treaty lasted for about 10 years, officials said.", [[10, "year", "duration", "about", "10 years"]]],
    ["He paid £40 for the ticket.", [[40, "GBP", "currency", "exact", "£40"]]],
    [
      "Police said 40 people, including 12 children, were hurt.",
      [
        [40, "people", "count", "exact", "40 people"],
        [12, "child", "count", "exact", "12 children"],
      ],
    ],
  ])("%s", (sentence, expected) => {
    expect(quantitiesOf(sentence).map(brief)).toEqual(expected);
  });
});

describe("offsets", () => {
  it("point into the article, not the sentence, for sentences that do not start it", () => {
    const raw = [
      "The council met in Ashford on Monday to discuss the fire.",
      "The fire destroyed about 40 homes and cost $2 million, aged 16 and 13 boys said.",
      "The repairs will take 14 weeks, the port director said.",
    ].join("\n\n");
    const claims = extract(ingest({ file: "q.txt", raw }, "a1"));
    expect(claims.map((c) => c.start)).toEqual([0, 59, 141]);
    const found = claims.flatMap((c) => c.facets.quantities);
    for (const q of found) expect(raw.slice(q.start, q.end)).toBe(q.text);
    expect(found.map(brief)).toEqual([
      [40, "home", "count", "about", "about 40 homes"],
      [2e6, "USD", "currency", "exact", "$2 million"],
      [16, "years old", "count", "exact", "16"],
      [13, "years old", "count", "exact", "13"],
      [14, "week", "duration", "exact", "14 weeks"],
    ]);
  });
});

describe("durations", () => {
  it("reads the number inside a duration with its unit", () => {
    expect(quantitiesOf("The repairs will take 14 weeks to complete, the port director said.").map(brief)).toEqual([
      [14, "week", "duration", "exact", "14 weeks"],
    ]);
    expect(quantitiesOf("The repairs will take 98 days to complete, the port director said.").map(brief)).toEqual([
      [98, "day", "duration", "exact", "98 days"],
    ]);
  });
});

// Written forms that the number tagger splits or leaves bare: a multiplier glued to a sum, an age after a name.
describe("written forms of quantities", () => {
  it("reads a multiplier glued to a sum of money", () => {
    expect(quantitiesOf("The mayor wants $8B for the new Redfield tunnel.").map(brief)).toEqual([
      [8e9, "USD", "currency", "exact", "$8B"],
    ]);
  });

  it("leaves a glued letter after a measure alone: 500m is metres", () => {
    expect(quantitiesOf("The Redfield runway is 500m long, officials said.").map(brief)).toEqual([
      [0.5, "km", "length", "exact", "500m"],
    ]);
  });

  it("reads a number set off by commas after a name as an age", () => {
    expect(quantitiesOf("Dupont, 46, is married to the mayor of Redfield.").map(brief)).toEqual([
      [46, "years old", "count", "exact", "46"],
    ]);
  });

  it("does not read a number after a common word as an age", () => {
    expect(
      quantitiesOf("In the end, 46, the council said, was the final count in Redfield.").map((q) => q.unit),
    ).not.toContain("years old");
  });
});

describe("edges of the written forms", () => {
  it.each([
    // The tagger folds a sentence-initial qualifier into the number.
    ["About 300 people attended the vigil on Monday.", [[300, "people", "count", "about", "About 300 people"]]],
    // A sentence-initial qualifier of its own kind: "nearly" is a little under.
    ["Nearly 40 homes were destroyed in the valley.", [[40, "home", "count", "nearly", "Nearly 40 homes"]]],
    ["An 8-month-old girl was hurt in the crash.", [[8, "months old", "count", "exact", "8-month-old"]]],
    // Ages end at 120: a larger number between commas after a name is a plain number.
    ["Dupont, 121, is the oldest man in Redfield.", [[121, "", "number", "exact", "121"]]],
    ["The river is 2.5 km wide near the bridge.", [[2.5, "km", "length", "exact", "2.5 km"]]],
    ["The company reported $3bn in sales last year.", [[3e9, "USD", "currency", "exact", "$3bn"]]],
    // A hyphen between number and unit is skipped; the unit's factor still applies.
    ["A 40-tonne lorry hit the Redfield bridge.", [[40000, "kg", "mass", "exact", "40-tonne"]]],
    ["The tunnel is 12 kilometres long, the council said.", [[12, "km", "length", "exact", "12 kilometres"]]],
    ["The council has 1,900 members in Redfield.", [[1900, "member", "count", "exact", "1,900 members"]]],
    ["In 1850 the bridge was built over the river.", []],
    // A number that could be a year is one when nothing counted follows it or a year's preposition leads it; a
    // thousands comma makes it a count.
    // A bare number written all in words is no quantity; one with digits is, whatever words lead or follow them.
    ["The fund grew to 2 million, officials said.", [[2e6, "", "number", "exact", "2 million"]]],
    ["About 300 attended the vigil on Monday.", [[300, "", "number", "about", "About 300"]]],
    ["Three attended the vigil on Monday.", []],
    ["The crowd at the vigil grew to 1900.", []],
    ["The crowd at the vigil grew to 1900", []],
    ["The crowd at the vigil grew to 1,900.", [[1900, "", "number", "exact", "1,900"]]],
    ["In 1990 voters elected the first mayor of Redfield.", []],
    // A sum that ends the text, with nothing after it to read a multiplier from.
    ["The mayor wants $400", [[400, "USD", "currency", "exact", "$400"]]],
  ])("%s", (sentence, expected) => {
    expect(quantitiesOf(sentence).map(brief)).toEqual(expected);
  });
});
