import { NextRequest } from "next/server";
import { TEST_ORIGIN } from "./requests";

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Call a JSON API route handler as Next would: the URL, its path values, and a JSON body for writes. */
export async function callRoute(
  handler: Handler,
  path: string,
  params: Record<string, string> = {},
  body?: unknown,
): Promise<{ status: number; body: ReturnType<typeof JSON.parse> }> {
  const init =
    body === undefined
      ? {}
      : { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } };
  const response = await handler(new NextRequest(`${TEST_ORIGIN}${path}`, init), { params: Promise.resolve(params) });
  return { status: response.status, body: await response.json() };
}
