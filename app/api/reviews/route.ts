import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { addReview } from "@/server/reviews";
import { errorResponse } from "@/server/errors";
import { redirectTo } from "@/server/public-url";
import { contentType, LIMITS, readForm, readJson } from "@/server/body";
import { guardWrite } from "@/server/request-guard";

/** The reference claim the editor had chosen, carried through the form so the page comes back the same. */
const returnTo = z.object({
  groupId: z.coerce.number().int().positive(),
  ref: z.coerce.number().int().positive().optional().catch(undefined),
});

/** Save an editor's review from the group page's form (or JSON), then go back to the group with a confirmation. */
export async function POST(request: NextRequest) {
  try {
    guardWrite(request, "write");
    if (contentType(request) === "application/json")
      return NextResponse.json(await addReview(await readJson(request, LIMITS.reviewBytes)), { status: 201 });
    const input = Object.fromEntries(await readForm(request, LIMITS.reviewBytes));
    await addReview(input);
    // addReview has accepted the group id; a reference that is no id is dropped rather than refused.
    const back = returnTo.parse(input);
    return redirectTo(`/groups/${back.groupId}?saved=1${back.ref ? `&ref=${back.ref}` : ""}#review`);
  } catch (error) {
    return errorResponse(error);
  }
}
