import type { Dimension, Qualifier } from "../extract/types";

type Unit = { unit: string; dimension: Dimension; factor: number };

const u = (unit: string, dimension: Dimension, factor = 1): Unit => ({ unit, dimension, factor });

/** Surface forms of measurement units, each to a canonical unit and a factor into it. */
export const UNITS: Record<string, Unit> = {
  km: u("km", "length"),
  kms: u("km", "length"),
  kilometre: u("km", "length"),
  kilometres: u("km", "length"),
  kilometer: u("km", "length"),
  kilometers: u("km", "length"),
  m: u("km", "length", 0.001),
  metre: u("km", "length", 0.001),
  metres: u("km", "length", 0.001),
  meter: u("km", "length", 0.001),
  meters: u("km", "length", 0.001),
  mi: u("km", "length", 1.609344),
  mile: u("km", "length", 1.609344),
  miles: u("km", "length", 1.609344),
  "nautical miles": u("km", "length", 1.852),
  kg: u("kg", "mass"),
  kilogram: u("kg", "mass"),
  kilograms: u("kg", "mass"),
  ton: u("kg", "mass", 1000),
  tons: u("kg", "mass", 1000),
  tonne: u("kg", "mass", 1000),
  tonnes: u("kg", "mass", 1000),
  lb: u("kg", "mass", 0.4536),
  lbs: u("kg", "mass", 0.4536),
  pounds: u("kg", "mass", 0.4536),
  "%": u("%", "percent"),
  percent: u("%", "percent"),
  "per cent": u("%", "percent"),
  pct: u("%", "percent"),
  "percentage points": u("pp", "percent"),
  $: u("USD", "currency"),
  usd: u("USD", "currency"),
  dollar: u("USD", "currency"),
  dollars: u("USD", "currency"),
  "€": u("EUR", "currency"),
  euro: u("EUR", "currency"),
  euros: u("EUR", "currency"),
  "£": u("GBP", "currency"),
  sterling: u("GBP", "currency"),
  "¥": u("JPY", "currency"),
  yen: u("JPY", "currency"),
  yuan: u("CNY", "currency"),
  rouble: u("RUB", "currency"),
  roubles: u("RUB", "currency"),
  ruble: u("RUB", "currency"),
  rubles: u("RUB", "currency"),
  second: u("second", "duration"),
  seconds: u("second", "duration"),
  minute: u("minute", "duration"),
  minutes: u("minute", "duration"),
  hour: u("hour", "duration"),
  hours: u("hour", "duration"),
  day: u("day", "duration"),
  days: u("day", "duration"),
  week: u("week", "duration"),
  weeks: u("week", "duration"),
  month: u("month", "duration"),
  months: u("month", "duration"),
  year: u("year", "duration"),
  years: u("year", "duration"),
  decade: u("decade", "duration"),
  decades: u("decade", "duration"),
  "year-old": u("years old", "count"),
  "years-old": u("years old", "count"),
  "month-old": u("months old", "count"),
};

export const MULTIPLIERS: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** Phrases before a number that bound or soften it, longest first; the first list that matches wins. */
export const QUALIFIER_PHRASES: [Qualifier, string[]][] = [
  ["at-most", ["no more than", "not more than", "at most", "a maximum of", "maximum of"]],
  ["up-to", ["up to", "as many as", "as much as", "as far as", "as high as"]],
  ["at-least", ["at least", "no fewer than", "no less than", "a minimum of"]],
  ["more-than", ["more than", "over", "above", "exceeding", "upwards of", "in excess of"]],
  ["less-than", ["less than", "fewer than", "under", "below"]],
  ["nearly", ["nearly", "almost", "just under", "close to"]],
  ["about", ["about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "circa"]],
];

/** Round plurals that state a count without a figure: "hundreds of lawsuits", "thousands more troops". */
export const ROUND_PLURALS: Record<string, number> = {
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};

/** "tens of thousands", "hundreds of millions": a round plural that scales the next one. */
export const ROUND_SCALERS: Record<string, number> = { tens: 10, hundreds: 100 };

/** "a dozen relatives", "a hundred people": a round figure after "a". */
export const ROUND_SINGULARS: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6 };

/** Currency symbols written before the amount. */
export const CURRENCY_SYMBOLS = ["$", "€", "£", "¥"];

/** Prepositions before a year: "in 1998", "since 2014", "between 2010 and 2012". */
export const YEAR_PREPOSITIONS = [
  "in",
  "since",
  "by",
  "until",
  "of",
  "from",
  "to",
  "before",
  "after",
  "during",
  "between",
  "and",
];

/** Words after a number that make it a measure, never a year: "2000 troops", "1800 kilometres". Regex fragments. */
export const NOT_A_YEAR_AFTER = ["km", "kilomet", "troops", "people", "%", "percent"];

/** A word before a number that makes it an age: "aged 16 and 13". */
export const AGE_CUE = "aged";
