import { z } from "zod";
import { route, type RouteSpec } from "../../lib/api/route-spec";
import { LIMITS } from "../body";
import { createStoryInput } from "../stories";
import {
  auditEntrySchema,
  groupFilterQuery,
  groupPageSchema,
  groupParams,
  pageQuery,
  reviewBody,
  reviewSchema,
  searchQuery,
  searchSchema,
  storyParams,
  storySchema,
} from "./schemas";

import { articlesBody, articlesForm, importQueuedSchema, jobParams, jobSchema } from "./write-schemas";
import { claimReviewRoute, flagRoute, mergeRoute, moveRoute, splitRoute } from "./decision-routes";

export const listStoriesRoute = route({
  method: "GET",
  path: "/api/stories",
  summary: "Every story, empty ones too, with its title, description, status and counts",
  role: "viewer",
  response: z.object({ stories: z.array(storySchema) }),
});

export const createStoryRoute = route({
  method: "POST",
  path: "/api/stories",
  summary: "Create an empty story, accepted since an editor made it",
  role: "editor",
  body: createStoryInput,
  response: storySchema,
  status: 201,
  errors: [409, 413, 422],
});

export const storyArticlesRoute = route({
  method: "POST",
  path: "/api/stories/{id}/articles",
  summary: "Import articles into a story: files, pasted text, or pages to fetch",
  description:
    "The articles are checked at once (a body that cannot be imported is refused here) and then imported as a " +
    "job, as the web import is: extraction and re-analysis take seconds per article and must not hold up the " +
    "server. The answer is 202 with the job's status URL (also in Location); GET it until its state is done or " +
    "failed, and its result lists what was added, left unchanged and refused, each refusal with its reason.",
  role: "editor",
  params: storyParams,
  body: articlesBody,
  form: articlesForm,
  maxBytes: LIMITS.importBytes,
  rate: "import",
  response: importQueuedSchema,
  status: 202,
  location: "status",
  errors: [404, 413, 422],
});

export const importJobRoute = route({
  method: "GET",
  path: "/api/import/jobs/{id}",
  summary: "An import job's state, and once done what it added, left unchanged and refused",
  role: "viewer",
  params: jobParams,
  response: jobSchema,
  errors: [404],
});

export const getStoryRoute = route({
  method: "GET",
  path: "/api/stories/{id}",
  summary: "One story with its counts",
  role: "viewer",
  params: storyParams,
  response: storySchema,
  errors: [404],
});

export const storyGroupsRoute = route({
  method: "GET",
  path: "/api/stories/{id}/groups",
  summary: "A story's groups in rank order, filtered, one page at a time",
  role: "viewer",
  params: storyParams,
  query: groupFilterQuery.extend(pageQuery.shape),
  response: groupPageSchema,
  errors: [404],
});

export const groupReviewRoute = route({
  method: "POST",
  path: "/api/groups/{key}/reviews",
  summary: "Review a group: a status and a note",
  role: "editor",
  params: groupParams,
  body: reviewBody,
  response: reviewSchema,
  status: 201,
  errors: [404, 409, 413, 422],
});

export const storyAuditRoute = route({
  method: "GET",
  path: "/api/stories/{id}/audit",
  summary: "The story's audit log, newest first",
  role: "viewer",
  params: storyParams,
  query: z.object({ take: z.coerce.number().int().min(1).max(1000).default(200) }),
  response: z.object({ entries: z.array(auditEntrySchema) }),
  errors: [404],
});

export const searchRoute = route({
  method: "GET",
  path: "/api/search",
  summary: "Claims and articles containing every word, within one story or across all",
  role: "viewer",
  query: searchQuery,
  response: searchSchema,
});

/** Every JSON route: the OpenAPI document lists exactly these, and a test checks each is served under app/api. */
export const API_ROUTES: readonly RouteSpec[] = [
  listStoriesRoute,
  createStoryRoute,
  getStoryRoute,
  storyArticlesRoute,
  importJobRoute,
  storyGroupsRoute,
  groupReviewRoute,
  claimReviewRoute,
  splitRoute,
  mergeRoute,
  moveRoute,
  flagRoute,
  storyAuditRoute,
  searchRoute,
];
