import { describe, expect, it } from "vitest";
import { datesInText } from "./dates";

// datesInText(text, offset, publishedAt): offsets are the sentence's position in the article, added to every span.
const OFFSET = 100;
const only = (text: string, publishedAt: string | null = "2024-06-05") => {
  const found = datesInText(text, OFFSET, publishedAt);
  expect(found, `one date in: ${text}`).toHaveLength(1);
  const d = found[0]!;
  expect(text.slice(d.start - OFFSET, d.end - OFFSET)).toBe(d.text);
  return [d.text, d.iso, d.precision, d.relative];
};

describe("absolute dates keep their precision", () => {
  it.each([
    ["The plan was approved on May 30, 2024.", ["May 30, 2024", "2024-05-30", "day", false]],
    ["On 5 March 2021 the plant closed.", ["On 5 March 2021", "2021-03-05", "day", false]],
    ["The bridge first opened in March 1987.", ["March 1987", "1987-03", "month", false]],
    ["The strategy was completed in December 2013.", ["December 2013", "2013-12", "month", false]],
    ["The bridge first opened in 1987.", ["1987", "1987", "year", false]],
    ["The treaty of 1905 was signed in Portsmouth.", ["1905", "1905", "year", false]],
  ])("%s", (text, expected) => {
    expect(only(text)).toEqual(expected);
  });

  it("reads an absolute date the same with or without a publication date", () => {
    expect(only("The bridge first opened in March 1987.", null)).toEqual(["March 1987", "1987-03", "month", false]);
  });
});

describe("relative dates are resolved against the publication date, never guessed", () => {
  it.each([
    ["The council voted on Tuesday.", ["on Tuesday", "2024-06-04", "day", true]],
    ["The council voted yesterday.", ["yesterday", "2024-06-04", "day", true]],
    ["The plan was approved on May 30.", ["May 30", "2024-05-30", "day", true]],
    ["The plant closed 3 years ago.", ["3 years ago", "2021", "year", true]],
  ])("%s (published 2024-06-05)", (text, expected) => {
    expect(only(text)).toEqual(expected);
  });

  it.each([
    ["The plant will close next month.", ["next month", "2024-07", "month", true]],
    ["Officials met earlier this week.", ["this week", "2024-06", "month", true]],
    ["The plant closed last year.", ["last year", "2023", "year", true]],
    ["The law took effect on 1 January.", ["on 1 January", "2024-01-01", "day", true]],
    ["Officials met on Monday, June 3.", ["on Monday, June 3", "2024-06-03", "day", true]],
  ])("%s keeps its precision (published 2024-06-05)", (text, expected) => {
    expect(only(text)).toEqual(expected);
  });

  it("takes a time of day alone for no date", () => {
    expect(datesInText("The vote starts at 5 pm.", 0, "2024-06-05")).toEqual([]);
    expect(datesInText("The talks ended on the 14th.", 0, "2024-06-05")).toEqual([]);
  });

  it("leaves them unresolved without a publication date", () => {
    expect(only("The council voted on Tuesday.", null)).toEqual(["on Tuesday", null, "day", true]);
    expect(only("The plan was approved on May 30.", null)).toEqual(["May 30", null, "day", true]);
    expect(only("The plant will close next month.", null)).toEqual(["next month", null, "month", true]);
    expect(only("The plant closed last year.", null)).toEqual(["last year", null, "year", true]);
  });

  it("does not take 'today' or 'now' for a date", () => {
    expect(datesInText("The bridge is closed today, the authority said.", 0, "2024-06-05")).toEqual([]);
    expect(datesInText("The bridge is now closed, the authority said.", 0, "2024-06-05")).toEqual([]);
  });
});

describe("numbers that are not years", () => {
  it("skips a year-like number with a unit", () => {
    expect(datesInText("The ship sailed 2000 km before it sank.", 0, null)).toEqual([]);
    expect(datesInText("Sales rose 2021 percent in the period.", 0, null)).toEqual([]);
  });

  it("reads several dates in order", () => {
    const found = datesInText("The bridge opened in 1987 and closed in March 2024.", 0, null);
    expect(found.map((d) => [d.text, d.iso])).toEqual([
      ["1987", "1987"],
      ["March 2024", "2024-03"],
    ]);
  });

  // A duration ("for 14 weeks") read as a date 14 weeks after publication made two outlets a day apart clash.
  it("does not read a duration as a date, but keeps 'in three weeks' and 'three weeks ago'", () => {
    expect(datesInText("The bridge will close for 14 weeks of repairs.", 0, "2024-06-03")).toEqual([]);
    expect(
      datesInText("Trump reopened the government for three weeks on Jan. 25.", 0, "2019-02-15").map((d) => d.text),
    ).toEqual(["Jan. 25"]);
    expect(datesInText("The bridge will reopen in three weeks.", 0, "2024-06-03").map((d) => d.text)).toEqual([
      "in three weeks",
    ]);
  });
});

describe("a year inside a date is not read again on its own", () => {
  it("reads a date that starts with its year once", () => {
    expect(datesInText("The plant closed on 2021-03-05.", 0, null).map((d) => [d.text, d.iso])).toEqual([
      ["2021-03-05", "2021-03-05"],
    ]);
  });

  it("reads a year after a date on its own", () => {
    const found = datesInText("The bridge closed in March 2024, having opened in 1987.", 0, null);
    expect(found.map((d) => [d.text, d.iso])).toEqual([
      ["March 2024", "2024-03"],
      ["1987", "1987"],
    ]);
  });
});

it("keeps a weekday written short, which names no relative word", () => {
  expect(only("The council voted on Tue, officials said.")).toEqual(["on Tue,", "2024-06-04", "day", true]);
});
