import { NextRequest } from "next/server";

export const TEST_ORIGIN = "http://crosscheck.test";

/** A POST to one of the app's routes as a route handler receives it. */
export function postRequest(route: string, body: BodyInit, headers: Record<string, string> = {}): NextRequest {
  return new NextRequest(`${TEST_ORIGIN}${route}`, {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as ConstructorParameters<typeof NextRequest>[1]);
}

/** A JSON caller's upload to POST /api/import. */
export const jsonImport = (form: FormData) => postRequest("/api/import", form, { accept: "application/json" });

/** Form fields as a browser's form post sends them. */
export function formData(fields: Record<string, string>): FormData {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  return body;
}
