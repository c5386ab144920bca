import { route } from "../../lib/api/route-spec";
import { groupParams } from "./schemas";
import {
  claimParams,
  claimReviewBody,
  claimReviewSchema,
  decisionSchema,
  flagBody,
  mergeBody,
  moveBody,
  splitBody,
} from "./write-schemas";

// An editor's decisions, each re-applied whenever its story is re-analysed (server/decisions.ts). A key re-analysis
// retired is a 409 naming where its claims went; keys in other stories are a 409 too.
const DECISION_ERRORS = [404, 409, 413, 422] as const;

export const claimReviewRoute = route({
  method: "POST",
  path: "/api/claims/{key}/reviews",
  summary: "Review a claim: a status and a note",
  role: "editor",
  params: claimParams,
  body: claimReviewBody,
  response: claimReviewSchema,
  status: 201,
  errors: DECISION_ERRORS,
});

export const splitRoute = route({
  method: "POST",
  path: "/api/groups/{key}/split",
  summary: "Split claims out of a group into a group of their own",
  role: "editor",
  params: groupParams,
  body: splitBody,
  response: decisionSchema,
  status: 201,
  errors: DECISION_ERRORS,
});

export const mergeRoute = route({
  method: "POST",
  path: "/api/groups/merge",
  summary: "Merge two groups of one story",
  role: "editor",
  body: mergeBody,
  response: decisionSchema,
  status: 201,
  errors: DECISION_ERRORS,
});

export const moveRoute = route({
  method: "POST",
  path: "/api/claims/{key}/move",
  summary: "Move a claim into another group of its story",
  role: "editor",
  params: claimParams,
  body: moveBody,
  response: decisionSchema,
  status: 201,
  errors: DECISION_ERRORS,
});

export const flagRoute = route({
  method: "POST",
  path: "/api/claims/{key}/flags",
  summary: "Flag a discrepancy between this claim and another that the analysis missed",
  role: "editor",
  params: claimParams,
  body: flagBody,
  response: decisionSchema,
  status: 201,
  errors: DECISION_ERRORS,
});
