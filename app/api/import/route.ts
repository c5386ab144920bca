import { NextResponse, type NextRequest } from "next/server";
import { importFromWeb, type Upload } from "@/server/web-import";
import { toHttp } from "@/server/errors";
import { LIMITS, readForm } from "@/server/body";
import { guardWrite } from "@/server/request-guard";
import { redirectTo } from "@/server/public-url";

/** Files and pasted text from the import page; answers with a redirect for the form and JSON for other clients. */
export async function POST(request: NextRequest) {
  const wantsJson = request.headers.get("accept")?.includes("application/json") ?? false;
  try {
    await guardWrite(request, "import");
    const form = await readForm(request, LIMITS.importBytes);
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
      ...(result.kept ? { kept: "1" } : {}),
    });
    return redirectTo(`/import?${params}`);
  } catch (error) {
    const { status, body } = toHttp(error);
    // A cross-site post gets a plain refusal: sending that page's visitor to our import page would serve the sender.
    if (wantsJson || body.code === "cross_site") return NextResponse.json(body, { status });
    // Only the code travels in the URL; the page words it, so a crafted link cannot make the page say anything.
    return redirectTo(`/import?error=${encodeURIComponent(body.code)}`);
  }
}
