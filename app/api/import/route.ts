import { NextResponse, type NextRequest } from "next/server";
import { importFromWeb, type Upload } from "@/server/web-import";
import { InvalidInputError, toHttp } from "@/server/errors";

const MAX_REQUEST_BYTES = 60 * 1024 * 1024;

/** Files and pasted text from the import page; answers with a redirect for the form and JSON for other clients. */
export async function POST(request: NextRequest) {
  const wantsJson = request.headers.get("accept")?.includes("application/json") ?? false;
  try {
    if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES)
      throw new InvalidInputError("the upload is over 60 MiB; import fewer files at once");
    const form = await request.formData().catch(() => {
      throw new InvalidInputError("the request is not a form upload");
    });
    const uploads: Upload[] = [];
    for (const value of form.getAll("files")) {
      if (typeof value === "string" || (value.size === 0 && value.name === "")) continue;
      uploads.push({ name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
    }
    const fields = Object.fromEntries([...form.entries()].filter(([k, v]) => k !== "files" && typeof v === "string"));
    const result = await importFromWeb(fields, uploads);
    if (wantsJson) return NextResponse.json(result);
    const params = new URLSearchParams({
      added: String(result.added),
      unchanged: String(result.unchanged),
      failed: String(result.failures.length),
    });
    return NextResponse.redirect(new URL(`/import?${params}`, request.url), 303);
  } catch (error) {
    const { status, body } = toHttp(error);
    if (wantsJson) return NextResponse.json(body, { status });
    return NextResponse.redirect(new URL(`/import?error=${encodeURIComponent(body.error)}`, request.url), 303);
  }
}
