import { NextResponse } from "next/server";
import { errorResponse } from "@/server/errors";
import { jobView } from "@/server/jobs/job-view";

/** GET /api/import/jobs/{id}: an import job's state, and once done what it added, left unchanged and refused. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const view = await jobView((await params).id);
    return NextResponse.json(view, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
