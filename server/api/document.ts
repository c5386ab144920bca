import { openApiDocument } from "../../lib/api/openapi";
import { API_ROUTES } from "./routes";

/** Crosscheck's OpenAPI document, built once per process from the declared routes. */
export const apiDocument = openApiDocument(API_ROUTES, { title: "Crosscheck", version: "1" });
