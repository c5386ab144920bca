import { NextResponse, type NextRequest } from "next/server";
import { exportStory } from "@/server/export";
import { errorResponse } from "@/server/errors";
import { requireActor } from "@/server/auth/current-actor";

/** GET /api/stories/{id}/export?format=csv|json|claimreview: the story as a file to download. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireActor(request.headers, "viewer");
    const { id } = await params;
    const file = await exportStory(id, request.nextUrl.searchParams.get("format") ?? "");
    return new NextResponse(file.body, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
