import { describe, expect, it } from "vitest";
import { brief, quantitiesOf } from "../../tests/helpers/quantities";

// What a number counts: the words after it are read one by one, a hyphen may glue a noun to it, a compound counts
// its head, and a number set off by commas after a name is an age. Each case is checked whole.
const check = (sentence: string, expected: unknown[][]) => expect(quantitiesOf(sentence).map(brief)).toEqual(expected);

describe("a noun glued to the number by a hyphen", () => {
  it.each([
    // The glued noun is a count, and the quantity's text runs to its end.
    ["A 48-page report on the fire was released on Monday.", [[48, "page", "count", "exact", "48-page"]]],
    // Only a noun is glued: an adjective after the hyphen leads on to the noun it describes.
    ["A 40-strong crowd gathered outside the court.", [[40, "crowd", "count", "exact", "40-strong crowd"]]],
    // Only right after the number: a hyphen inside a later word glues nothing to the number.
    [
      "The council bought 40 big-screen televisions on Monday.",
      [[40, "television", "count", "exact", "40 big-screen televisions"]],
    ],
    // A dash with spaces around it glues nothing: the compound after it is read as usual.
    [
      "In a 48 - page report released on Monday, the mayor was blamed.",
      [[48, "report", "count", "exact", "48 - page report"]],
    ],
  ])("%s", (sentence, expected) => check(sentence, expected));
});

describe("ages written with year-old and month-old", () => {
  it.each([
    ["A 5 year-old boy was hurt in the crash.", [[5, "years old", "count", "exact", "5 year-old"]]],
    // "old" after a comma is not an age: the month is a duration.
    ["The strike lasted 1 month, old records show.", [[1, "month", "duration", "exact", "1 month"]]],
    // A hyphen after "year" without "old" is no age.
    ["The bridge needs a 5-year-long repair, officials said.", [[5, "year", "duration", "exact", "5-year"]]],
    // Only years and months make an age: a day-old is read as days.
    ["A 5-day-old baby was found in the park.", [[5, "day", "duration", "exact", "5-day"]]],
    // A month that ends the text.
    ["The repairs will take 1 month", [[1, "month", "duration", "exact", "1 month"]]],
  ])("%s", (sentence, expected) => check(sentence, expected));
});

describe("the head of a compound is what is counted", () => {
  it.each([
    ["The city bought 40 school buses on Monday.", [[40, "bus", "count", "exact", "40 school buses"]]],
    // A noun that ends the text.
    ["The council bought 5 buses", [[5, "bus", "count", "exact", "5 buses"]]],
    // A full stop inside an abbreviation does not end the compound.
    ["The shop sold 40 Acme Corp. engines on Monday.", [[40, "engine", "count", "exact", "40 Acme Corp. engines"]]],
    // A proper noun is singularised only when it ends in one "s" and is longer than four letters.
    ["The shop sold 40 Samsung on Monday.", [[40, "samsung", "count", "exact", "40 Samsung"]]],
    ["The club signed 3 Keys on Monday.", [[3, "keys", "count", "exact", "3 Keys"]]],
  ])("%s", (sentence, expected) => check(sentence, expected));
});

describe("how far after the number its noun is looked for", () => {
  it.each([
    // Up to four words after the number, past adjectives and participles in -ed.
    [
      "The council bought 5 damaged burned rusted buses on Monday.",
      [[5, "bus", "count", "exact", "5 damaged burned rusted buses"]],
    ],
    // A fifth word is too far: the number stands alone.
    ["The council bought 5 damaged burned flooded rusted buses on Monday.", [[5, "", "number", "exact", "5"]]],
    // A number that ends the text.
    ["The crowd at the vigil grew to 300", [[300, "", "number", "exact", "300"]]],
    // Another number after it is passed over.
    [
      "The club sold 40 2-seat cars on Monday.",
      [
        [40, "car", "count", "exact", "40 2-seat cars"],
        [2, "seat", "count", "exact", "2-seat"],
      ],
    ],
    // A preposition or a verb not in -ed ends the search.
    ["The fire destroyed 40 in the valley.", [[40, "", "number", "exact", "40"]]],
    ["Officials said 40 attend classes in the valley.", [[40, "", "number", "exact", "40"]]],
  ])("%s", (sentence, expected) => check(sentence, expected));
});

describe("a whole number from 1 to 120 between commas after a name is an age", () => {
  it.each([
    ["Baby Dupont, 1, was hurt in the fire.", [[1, "years old", "count", "exact", "1"]]],
    ["Dupont, 120, is the oldest man in Redfield.", [[120, "years old", "count", "exact", "120"]]],
    ["The index for Redfield, 0, was the lowest in the region.", [[0, "", "number", "exact", "0"]]],
    ["The index for Redfield, 2.5, was the lowest in the region.", [[2.5, "", "number", "exact", "2.5"]]],
    // Both commas are needed.
    ["Redfield has 46, the council said.", [[46, "", "number", "exact", "46"]]],
    ["In Redfield, 46 people were hurt in the fire.", [[46, "people", "count", "exact", "46 people"]]],
    ["The oldest resident is Dupont, 46", [[46, "", "number", "exact", "46"]]],
    // A number that opens the text has no name before it.
    ["46, the council said, were hurt in the fire.", [[46, "", "number", "exact", "46"]]],
  ])("%s", (sentence, expected) => check(sentence, expected));
});
