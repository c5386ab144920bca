import { NextResponse, type NextRequest } from "next/server";
import { addReview } from "@/server/reviews";
import { toHttp } from "@/server/errors";
import { contentType, LIMITS, readForm, readJson } from "@/server/body";
import { guardWrite } from "@/server/request-guard";
import { seeOther } from "@/server/see-other";

/** Save an editor's review from the group page's form (or JSON), then go back to the group. */
export async function POST(request: NextRequest) {
  try {
    guardWrite(request, "write");
    const json = contentType(request) === "application/json";
    if (json) return NextResponse.json(await addReview(await readJson(request, LIMITS.reviewBytes)), { status: 201 });
    const input = Object.fromEntries(await readForm(request, LIMITS.reviewBytes));
    await addReview(input);
    // addReview accepted it, so groupId is a positive integer.
    return seeOther(`/groups/${Number(input.groupId)}`);
  } catch (error) {
    const { status, body } = toHttp(error);
    return NextResponse.json(body, { status });
  }
}
