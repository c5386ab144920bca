import { NextResponse, type NextRequest } from "next/server";
import { uploadsOf } from "@/server/web-import";
import { LIMITS, readForm } from "@/server/body";
import { guardWrite } from "@/server/request-guard";
import { requireActor } from "@/server/auth/current-actor";
import { redirectTo } from "@/server/public-url";
import { queueWebImport } from "@/server/jobs/queue-web-import";
import { formFailure } from "@/server/form-return";

/**
 * Files and pasted text from the import page. The form is checked here and the import queued as a job, so the
 * answer comes at once: a redirect to the job's page for the form, 202 with the job's id and links for other clients.
 */
export async function POST(request: NextRequest) {
  const wantsJson = request.headers.get("accept")?.includes("application/json") ?? false;
  try {
    await guardWrite(request, "import");
    const actor = await requireActor(request.headers, "editor");
    const form = await readForm(request, LIMITS.importBytes);
    const uploads = await uploadsOf(form.getAll("files").filter((v) => typeof v !== "string"));
    const fields = Object.fromEntries([...form.entries()].filter(([k, v]) => k !== "files" && typeof v === "string"));
    // Entries ticked in a feed's list are addresses like those pasted one per line.
    const picked = form.getAll("pick").filter((v) => typeof v === "string");
    if (picked.length) fields.urls = [typeof fields.urls === "string" ? fields.urls : "", ...picked].join("\n");
    delete fields.pick;
    // The story the editor chose ("" lets the automatic story separation suggest stories).
    const story = typeof fields.story === "string" && fields.story.trim() ? fields.story.trim() : null;
    delete fields.story;
    const queued = await queueWebImport(fields, uploads, story, actor);
    if (wantsJson) return NextResponse.json(queued, { status: 202, headers: { Location: queued.status } });
    return redirectTo(`${queued.page}${queued.kept ? "?kept=1" : ""}`);
  } catch (error) {
    return formFailure(error, wantsJson ? null : "/import");
  }
}
