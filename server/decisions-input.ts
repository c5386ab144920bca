import { z } from "zod";
import { REVIEW_STATUSES } from "./reviews";
import { FLAG_KINDS } from "./decisions-store";
import { InvalidInputError, issueMessage } from "./errors";
import { CLAIM_KEY } from "./params";
import { textField } from "./text-field";

export const claimKey = z.string().regex(CLAIM_KEY, "a claim key is 16 hexadecimal digits, start and end");
export const groupKey = z.string().regex(/^[0-9a-f]{20}$/, "a group key is 20 hexadecimal digits");
const note = textField().trim().max(2000, "a note is at most 2,000 characters").default("");
/** A form sends one value or several under one name; JSON sends an array. */
const keyList = z.preprocess((v) => (typeof v === "string" ? [v] : v), z.array(claimKey).min(1, "name a claim"));

/** What each decision service takes, as the JSON API and the group page's forms send it. */
export const decisionInputs = {
  claimReview: z.object({ claimKey, status: z.enum(REVIEW_STATUSES), note }),
  flag: z.object({ claimKey, otherClaimKey: claimKey, kind: z.enum(FLAG_KINDS), note }),
  split: z.object({ groupKey, claimKeys: keyList }),
  move: z.object({ claimKey, groupKey }),
  merge: z.object({ keys: z.tuple([groupKey, groupKey]) }),
  apart: z.object({ claimKey, otherClaimKey: claimKey }),
} as const;

/** Parse a service's input, or a 400 naming each field that is wrong. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(issueMessage(parsed.error));
  return parsed.data;
}
