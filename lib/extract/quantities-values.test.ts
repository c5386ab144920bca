import { describe, expect, it } from "vitest";
import { numberValue } from "./quantities";
import { brief, quantitiesOf } from "../../tests/helpers/quantities";

// The value of a number: money and its multipliers, years left to dates, the number inside a duration or a sum that
// names its currency, and a bound stated before a currency sign.

describe("values as the judge sees them", () => {
  it.each([
    // A percentage keeps its word in its text.
    ["Water prices will rise by 12 percent from July.", [[12, "%", "percent", "exact", "12 percent"]]],
    // A multiplier glued to a sum the tagger reads as a plain number, after a currency sign.
    ["The firm made €8bn in sales last year.", [[8e9, "EUR", "currency", "exact", "€8bn"]]],
    // A sum of money is never a year.
    ["The ticket cost $1900 in total.", [[1900, "USD", "currency", "exact", "$1900"]]],
    // 1800 is the first year a number can be; one that ends the text is a year too.
    ["Officials said 1800 was the target.", []],
    ["The crowd at the vigil was 1900", []],
    // A bound before the currency sign.
    ["The council will spend at least $40 per household.", [[40, "USD", "currency", "at-least", "$40"]]],
    // Every word of a number in a duration counts, the first one too.
    ["Two hundred days of repairs ended on Monday.", [[200, "day", "duration", "exact", "Two hundred days"]]],
    // A sum that takes its currency word in is read alone, not with the rest of the sentence.
    [
      "The 2 museums will charge 20 euros each.",
      [
        [2, "museum", "count", "exact", "2 museums"],
        [20, "EUR", "currency", "exact", "20 euros"],
      ],
    ],
    [
      "The museum will charge two hundred euros for a ticket.",
      [[200, "EUR", "currency", "exact", "two hundred euros"]],
    ],
    // A duration that names a month is a date; "decades" names none ("dec…" once read as December).
    ["The bridge stood for two decades, the council said.", [[2, "decade", "duration", "exact", "two decades"]]],
    ["The strike lasted since February 24, officials said.", []],
  ])("%s", (sentence, expected) => {
    expect(quantitiesOf(sentence).map(brief)).toEqual(expected);
  });
});

describe("numberValue", () => {
  it.each([
    // Thousands groups and decimals with a multiplier glued on.
    ["1,500m", 1.5e9],
    ["10,000bn", 1e13],
    ["1,500,000bn", 1.5e15],
    ["12.5bn", 1.25e10],
    ["2.25bn", 2.25e9],
    // A leading decimal point.
    [".5", 0.5],
  ])("%s → %s", (text, value) => {
    expect(numberValue(text)).toBe(value);
  });
});
