import { describe, expect, it } from "vitest";
import type { DateFacet } from "../extract/types";
import { checkable, comparable, sameDate } from "./dates";

/** The precision an ISO date states: YYYY, YYYY-MM or YYYY-MM-DD (an unresolved date is taken for a day). */
function precisionOf(iso: string | null): DateFacet["precision"] {
  if (iso?.length === 4) return "year";
  if (iso?.length === 7) return "month";
  return "day";
}
const date = (text: string, iso: string | null, relative = false): DateFacet => ({
  start: 0,
  end: text.length,
  text,
  iso,
  precision: precisionOf(iso),
  relative,
});

describe("checkable: a date that names one day, month or year", () => {
  it.each([
    ["Tuesday", "2024-06-04", true],
    ["on Tuesday", "2024-06-04", true],
    ["yesterday", "2024-06-03", true],
    ["June 3", "2024-06-03", true],
    ["Sept. 3", "2024-09-03", true],
    ["2013", "2013", true],
    ["in March", "2024-03", true],
    ["Tuesday", null, false], // unresolved
    ["last week", "2024-05-28", false],
    ["two weeks before June 3", "2024-05-20", false], // crisp words, vague span
    ["next Tuesday", "2024-06-11", false],
    ["days ago", "2024-06-01", false],
    ["the summer", "2024-07", false], // resolved, but nothing crisp in the words
  ])("%s (%s) → %s", (text, iso, ok) => {
    expect(checkable(date(text, iso))).toBe(ok);
  });
});

describe("comparable: two dates that can be held against each other", () => {
  it.each([
    ["day / day", date("June 3", "2024-06-03"), date("June 4", "2024-06-04"), true],
    ["relative day / day", date("Tuesday", "2024-06-04", true), date("June 3", "2024-06-03"), true],
    ["year / month, both absolute", date("2022", "2022"), date("March 2022", "2022-03"), true],
    ["month / day, both absolute", date("March 2022", "2022-03"), date("March 3, 2022", "2022-03-03"), true],
    ["year / day", date("2022", "2022"), date("March 3, 2022", "2022-03-03"), false],
    ["month / relative day", date("June 2024", "2024-06"), date("Tuesday", "2024-06-04", true), false],
    ["relative month / year", date("in March", "2024-03", true), date("2024", "2024"), false],
    ["weekday / year", date("Tuesday", "2024-06-04", true), date("2024", "2024"), false],
    ["vague / day", date("last week", "2024-05-28", true), date("June 3", "2024-06-03"), false],
    ["day / unresolved", date("June 3", "2024-06-03"), date("Tuesday", null, true), false],
  ])("%s → %s", (_, a, b, ok) => {
    expect(comparable(a, b)).toBe(ok);
    expect(comparable(b, a)).toBe(ok);
  });
});

describe("sameDate: two dates that can name the same day", () => {
  it.each([
    [
      "the same words, whatever they resolve to",
      date("on Tuesday,", "2024-06-04"),
      date("Tuesday", "2024-06-11"),
      true,
    ],
    ["the same words, unresolved", date("Tuesday", null), date("on tuesday", null), true],
    [
      "the same words, a comma apart",
      date("Tuesday, 5 March", "2024-03-05"),
      date("Tuesday 5 March", "2025-03-05"),
      true,
    ],
    ["a year and a month in it", date("2022", "2022"), date("March 2022", "2022-03"), true],
    ["a month and a day in it", date("March 2022", "2022-03"), date("March 3, 2022", "2022-03-03"), true],
    ["two ways to write one day", date("June 3", "2024-06-03"), date("Monday", "2024-06-03"), true],
    ["other months", date("March 2022", "2022-03"), date("April 2022", "2022-04"), false],
    ["other days", date("June 3", "2024-06-03"), date("June 4", "2024-06-04"), false],
    ["other years", date("2021", "2021"), date("March 2022", "2022-03"), false],
    ["one unresolved", date("Tuesday", null), date("June 4", "2024-06-04"), false],
  ])("%s → %s", (_, a, b, same) => {
    expect(sameDate(a, b)).toBe(same);
    expect(sameDate(b, a)).toBe(same);
  });
});
