import { z } from "zod";
import type { RouteSpec } from "../../lib/api/route-spec";
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

/** Keeps each declaration's own schema types, so `serve` infers what its handler receives. */
const route = <S extends RouteSpec>(spec: S): S => spec;

export const listStoriesRoute = route({
  method: "GET",
  path: "/api/stories",
  summary: "Every story with its counts of articles, claims and groups by verdict",
  role: "viewer",
  response: z.object({ stories: z.array(storySchema) }),
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
  getStoryRoute,
  storyGroupsRoute,
  groupReviewRoute,
  storyAuditRoute,
  searchRoute,
];
