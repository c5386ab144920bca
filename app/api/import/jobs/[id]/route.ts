import { NextResponse } from "next/server";
import { errorResponse } from "@/server/errors";
import { jobView } from "@/server/jobs/job-view";
import { requireActor } from "@/server/auth/current-actor";

/** GET /api/import/jobs/{id}: an import job's state, and once done what it added, left unchanged and refused. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireActor(request.headers, "viewer");
    const view = await jobView((await params).id);
    return NextResponse.json(view, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
