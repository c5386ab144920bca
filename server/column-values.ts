import { z } from "zod";
import type { DiscrepancyKind, Verdict } from "../lib/judge/types";
import type { ClaimKind, Modality, Qualifier } from "../lib/extract/types";

/**
 * Every value a checked-string column may hold, checked at compile time against the pipeline's type: a value added
 * in lib/ and missing here is a type error. The migrations' CHECK constraints list the same values.
 */
function everyValueOf<T extends string>() {
  return <const A extends readonly T[]>(values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : never)) =>
    values;
}

export const VERDICTS = everyValueOf<Verdict>()(["agree", "discrepancy", "single-source"]);
export const CLAIM_KINDS = everyValueOf<ClaimKind>()(["statement", "headline", "subhead", "caption"]);
export const MODALITIES = everyValueOf<Modality>()([
  "asserted",
  "reported",
  "planned",
  "considered",
  "possible",
  "denied",
]);
export const DISCREPANCY_KINDS = everyValueOf<DiscrepancyKind>()([
  "quantity",
  "date",
  "quote",
  "characterisation",
  "entity",
  "modality",
  "timing",
]);
/** Not a column of its own: a figure's qualifier inside stored facets, checked the same way. */
export const QUALIFIERS = everyValueOf<Qualifier>()([
  "exact",
  "about",
  "nearly",
  "several",
  "up-to",
  "at-most",
  "less-than",
  "at-least",
  "more-than",
]);

export const verdictSchema = z.enum(VERDICTS);
export const claimKindSchema = z.enum(CLAIM_KINDS);
export const modalitySchema = z.enum(MODALITIES);
export const discrepancyKindSchema = z.enum(DISCREPANCY_KINDS);
export const qualifierSchema = z.enum(QUALIFIERS);
/** A story an editor made or accepted, or one the automatic story separation offers (server/story-rows.ts). */
export const STORY_STATUSES = ["suggested", "accepted"] as const;
