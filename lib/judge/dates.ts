import type { DateFacet } from "../extract/types";
import { fold } from "../text/normalize";
import { lexicon } from "../lexicon/index";

/** Words around a date that do not change which day it names ("on Monday", "Monday"). */
const FILLER = /\b(on|in|at|by|of|the|during|since|until)\b|[^\p{L}\p{N} ]/gu;

const { vague: VAGUE, crisp: CRISP } = lexicon.calendar;

const PRECISION = { year: 0, month: 1, day: 2 } as const;

const stated = (d: DateFacet) => fold(d.text).replace(FILLER, " ").replace(/\s+/g, " ").trim();

/** Whether a date names one day, month or year that another outlet's date can be held against. */
export function checkable(d: DateFacet): boolean {
  return d.iso !== null && CRISP.test(d.text) && !VAGUE.test(d.text);
}

/**
 * Whether two dates can be held against each other: both checkable, and of the same precision, or a year against a
 * month (or a month against a day) when both are stated outright. A weekday against a year is two different facts.
 */
export function comparable(a: DateFacet, b: DateFacet): boolean {
  if (!checkable(a) || !checkable(b)) return false;
  const step = Math.abs(PRECISION[a.precision] - PRECISION[b.precision]);
  return step === 0 || (step === 1 && !a.relative && !b.relative);
}

/**
 * Whether two dates can name the same day. Both resolved (relative ones against their own article's publication
 * date): compared as absolute dates at the coarser precision, "2022" agreeing with "March 2022". The same words
 * ("on Tuesday", "Tuesday") agree whatever they resolve to.
 */
export function sameDate(a: DateFacet, b: DateFacet): boolean {
  if (stated(a) === stated(b)) return true;
  if (!a.iso || !b.iso) return false;
  const len = Math.min(a.iso.length, b.iso.length);
  return a.iso.slice(0, len) === b.iso.slice(0, len);
}
