import { NextResponse, type NextRequest } from "next/server";
import { addReview } from "@/server/reviews";
import { toHttp } from "@/server/errors";

/** Save an editor's review from the group page's form (or JSON), then go back to the group. */
export async function POST(request: NextRequest) {
  try {
    const json = request.headers.get("content-type")?.includes("application/json");
    const input = json ? await request.json() : Object.fromEntries(await request.formData());
    const review = await addReview(input);
    if (json) return NextResponse.json(review, { status: 201 });
    return NextResponse.redirect(new URL(`/groups/${String(input.groupId)}`, request.url), 303);
  } catch (error) {
    const { status, body } = toHttp(error);
    return NextResponse.json(body, { status });
  }
}
