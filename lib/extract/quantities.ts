import nlp from "compromise";
import type { NumericEntity, Token } from "../text/nlp";
import type { Quantity } from "./types";
import type { SentenceContext } from "./context";
import { lexicon } from "../lexicon/index";
import { roundCounts } from "./round-counts";

const { units: UNITS, multipliers: MULTIPLIERS, qualifiers: QUALIFIERS } = lexicon.quantities;
const { yearPrepositions: YEAR_CONTEXT, currencySymbols, ageCue } = lexicon.quantities;
const MONTH = lexicon.calendar.month;

/**
 * Numbers with their unit and qualifier, normalised so "300km", "300 km" and "three hundred kilometres" are one value.
 * Numbers come from wink's entities; years and ordinals are left to dates.
 */
export function quantities(ctx: SentenceContext): Quantity[] {
  // wink's entities index the article's tokens, so numbers are read against the whole article text.
  const { articleTokens: tokens, view: text } = ctx;
  const offset = 0;
  const out: Quantity[] = [];
  for (const found of ctx.numeric) {
    if (found.type !== "CARDINAL" && found.type !== "MONEY" && found.type !== "PERCENT" && found.type !== "DURATION")
      continue;
    // A duration naming a month ("since February 24") is a date.
    if (found.type === "DURATION" && MONTH.test(found.text)) continue;
    const whole = found.type === "DURATION" ? numberPart(tokens, found) : found;
    if (!whole) continue;
    // A percentage keeps its "percent": unitAfter reads the unit from the entity's type.
    const e = whole.type === "PERCENT" ? whole : withoutUnit(tokens, whole);
    const first = tokens[e.first];
    const last = tokens[e.last];
    if (!first || !last) continue;
    const parsed = numberValue(e.text);
    if (parsed === null) continue;
    // "$8B", "$2.5bn": a multiplier written against a sum of money, which the tagger leaves out of the entity.
    // Only after a currency: "500m long" is metres.
    const suffix = tokens[e.last + 1];
    // Stryker disable next-line StringLiteral: equivalent, no other string is a currency symbol.
    const money = e.type === "MONEY" || currencySymbols.has(tokens[e.first - 1]?.lower ?? "");
    const glued = money && suffix && suffix.start === last.end ? MULTIPLIERS[suffix.lower] : undefined;
    const value = glued ? parsed * glued : parsed;
    const before = text.slice(Math.max(0, first.start - offset - 30), first.start - offset);
    // Stryker disable next-line StringLiteral: equivalent, no other string is a year cue, currency or unit.
    const prev = tokens[e.first - 1]?.lower ?? "";
    if (
      e.type === "CARDINAL" &&
      Number.isInteger(value) &&
      value >= 1800 &&
      value <= 2100 &&
      !/,/.test(e.text) &&
      (YEAR_CONTEXT.has(prev) || tokens[e.last + 1]?.pos !== "NOUN")
    )
      continue;
    const unit = unitAfter(tokens, e, prev);
    const next = tokens[e.last + 1]?.lower;
    if (unit.dimension === "number" && (/^[a-z\s-]+$/i.test(e.text) || next === "of")) continue;
    // wink sometimes folds the qualifier into the number ("About 300").
    const lead = /^([\p{L} ]*?)\s*\d/u.exec(e.text)?.[1] ?? "";
    const qualifier = QUALIFIERS.find(([re]) => re.test(`${before} ${lead}`.trimEnd() + " "))?.[1] ?? "exact";
    const numberEnd = glued ? suffix!.end : last.end;
    const end = unit.endToken !== null ? (tokens[unit.endToken]?.end ?? numberEnd) : numberEnd;
    const start = first.start - (currencySymbols.has(prev) ? 1 : 0);
    out.push({
      start,
      end,
      text: text.slice(start - offset, end - offset),
      value: round(value * unit.factor),
      unit: unit.unit,
      dimension: unit.dimension,
      qualifier,
    });
  }
  return [...out, ...roundCounts(ctx, out)];
}

/** The number inside a duration entity ("about 10 years" → "10"), so its unit is read like any other. */
function numberPart(tokens: Token[], e: NumericEntity): NumericEntity | null {
  let first = -1;
  let last = -1;
  for (let i = e.first; i <= e.last; i++) {
    if (tokens[i]?.pos === "NUM") {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return null;
  return {
    first,
    last,
    type: "CARDINAL",
    text: tokens
      .slice(first, last + 1)
      .map((t) => t.text)
      .join(" "),
  };
}

/**
 * wink's money entity may take the currency word in ("20 euros", "4 million dollars"): cut the entity before the
 * first unit word, so the number is read alone and the unit is read after it like any other.
 */
function withoutUnit(tokens: Token[], e: NumericEntity): NumericEntity {
  for (let k = e.first + 1; k <= e.last; k++) {
    const word = tokens[k]!.lower;
    if (!UNITS[word] || MULTIPLIERS[word]) continue;
    const text = tokens
      .slice(e.first, k)
      .map((t) => t.text)
      .join(" ");
    return { ...e, last: k - 1, text };
  }
  return e;
}

type UnitMatch = { unit: string; dimension: Quantity["dimension"]; factor: number; endToken: number | null };

function unitAfter(tokens: Token[], e: NumericEntity, prev: string): UnitMatch {
  if (e.type === "PERCENT") return { unit: "%", dimension: "percent", factor: 1, endToken: null };
  // "aged 16 and 13": ages without the word "years"; "Dupont, 46, said": an age set off after a name.
  const age = { unit: "years old", dimension: "count" as const, factor: 1, endToken: null };
  if (tokens.slice(Math.max(0, e.first - 3), e.first).some((t) => t.lower === ageCue)) return age;
  if (appositiveAge(tokens, e)) return age;
  // Stryker disable next-line StringLiteral: equivalent, no other string is a unit.
  const symbol = UNITS[prev] ?? UNITS[e.text.trim()[0] ?? ""];
  if (symbol?.dimension === "currency") return { ...symbol, endToken: null };
  for (let i = e.last + 1; i <= e.last + 4 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === "-") {
      // "a 48-page indictment", "a 10-mile stretch": the noun glued to the number by a hyphen is what it counts.
      const glued = tokens[i + 1];
      if (i === e.last + 1 && glued && glued.start === t.end && glued.pos === "NOUN" && !UNITS[glued.lower])
        return { unit: glued.lemma, dimension: "count", factor: 1, endToken: i + 1 };
      continue;
    }
    if ((t.lower === "year" || t.lower === "month") && tokens[i + 1]?.text === "-" && tokens[i + 2]?.lower === "old") {
      return { ...UNITS[`${t.lower}-old`]!, endToken: i + 2 };
    }
    // Stryker disable next-line StringLiteral: equivalent, no other string is a unit.
    const two = `${t.lower} ${tokens[i + 1]?.lower ?? ""}`;
    const unit = UNITS[two] ?? UNITS[t.lower];
    if (unit) return { ...unit, endToken: UNITS[two] ? i + 1 : i };
    if (t.pos === "NOUN" || t.pos === "PROPN") {
      // The head of a compound counts: "two Aleutian Islands" counts islands.
      let j = i;
      while (
        tokens[j + 1] &&
        (tokens[j + 1]!.pos === "NOUN" || tokens[j + 1]!.pos === "PROPN") &&
        !/^[.,;:]/.test(tokens[j + 1]!.text)
      )
        j++;
      const head = tokens[j]!;
      // The tagger leaves proper-noun plurals as they are: "Islands" → "island".
      const unit =
        head.pos === "PROPN" && /[^s]s$/.test(head.lower) && head.lower.length > 4
          ? head.lower.slice(0, -1)
          : head.lemma;
      return { unit, dimension: "count", factor: 1, endToken: j };
    }
    if (t.pos !== "ADJ" && t.pos !== "NUM" && !(t.pos === "VERB" && t.lower.endsWith("ed"))) break;
  }
  return { unit: "", dimension: "number", factor: 1, endToken: null };
}

/** A whole number from 1 to 120 between commas right after a name: "Weiner, 46, is married". */
function appositiveAge(tokens: Token[], e: NumericEntity): boolean {
  const value = Number(e.text);
  if (!Number.isInteger(value) || value < 1 || value > 120) return false;
  return tokens[e.first - 1]?.text === "," && tokens[e.first - 2]?.pos === "PROPN" && tokens[e.last + 1]?.text === ",";
}

/** "10,000", "2.5 billion", "five hundred": compromise reads number words, the rest is arithmetic. */
export function numberValue(text: string): number | null {
  const clean = text
    .replace(/[$€£¥%]/g, "")
    .replace(/percent|per cent/gi, "")
    .trim();
  const digits = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*([a-z]+)?$/i.exec(clean);
  if (digits) {
    const base = Number(`${digits[1]!.replace(/,/g, "")}${digits[2] ? `.${digits[2]}` : ""}`);
    const mult = digits[3] ? MULTIPLIERS[digits[3].toLowerCase()] : 1;
    return mult ? base * mult : base;
  }
  const words = nlp(clean).numbers().get() as number[];
  return typeof words[0] === "number" && Number.isFinite(words[0]) ? words[0] : null;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
