import { z } from "zod";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";
import {
  type DecisionResult,
  flagClaim,
  markApart,
  mergeGroups,
  moveClaim,
  reviewClaim,
  splitClaims,
} from "./decisions";

/** The group page's decision forms by name, each with the service it posts to. */
const SERVICES = {
  "claim-review": reviewClaim,
  flag: flagClaim,
  split: splitClaims,
  move: moveClaim,
  merge: mergeGroups,
  apart: markApart,
} as const;
export type DecisionAction = keyof typeof SERVICES;

/** Form fields that may come several times (ticked boxes, two group keys); the rest are single values. */
const LISTS = new Set(["claimKeys", "keys"]);

/** A form's fields as a service's input: list fields as arrays, others as their one value. */
export function formInput(form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const name of new Set(form.keys())) {
    const values = form.getAll(name).filter((v): v is string => typeof v === "string");
    input[name] = LISTS.has(name) ? values.map((v) => v.trim()).filter(Boolean) : values[0];
  }
  return input;
}

export type DecisionOutcome = { review: { id: number } } | { decision: DecisionResult };

/** Run the named decision; a name the page never posts is a 404. */
export async function runDecision(action: string, input: unknown, actor: Actor): Promise<DecisionOutcome> {
  const name = z.enum(Object.keys(SERVICES) as [DecisionAction, ...DecisionAction[]]).safeParse(action);
  if (!name.success) throw new NotFoundError(`Decision ${JSON.stringify(action)}`);
  if (name.data === "claim-review") return { review: await reviewClaim(input, actor) };
  return { decision: await SERVICES[name.data](input, actor) };
}
