import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { addReview } from "@/server/reviews";
import { errorResponse } from "@/server/errors";
import { redirectTo } from "@/server/public-url";
import { contentType, LIMITS, readForm, readJson } from "@/server/body";
import { guardWrite } from "@/server/request-guard";
import { requireActor } from "@/server/auth/current-actor";

/** The reference claim the editor had chosen, carried through the form so the page comes back the same. */
const returnTo = z.object({
  groupKey: z.string(),
  ref: z
    .string()
    .regex(/^[0-9a-f]+:\d+:\d+$/)
    .optional()
    .catch(undefined),
});

/** Save an editor's review from the group page's form (or JSON), then go back to the group with a confirmation. */
export async function POST(request: NextRequest) {
  try {
    await guardWrite(request, "write");
    const actor = await requireActor(request.headers, "editor");
    if (contentType(request) === "application/json")
      return NextResponse.json(await addReview(await readJson(request, LIMITS.reviewBytes), actor), { status: 201 });
    const input = Object.fromEntries(await readForm(request, LIMITS.reviewBytes));
    await addReview(input, actor);
    // addReview has accepted the group key; a reference that is no claim key is dropped rather than refused.
    const back = returnTo.parse(input);
    const ref = back.ref ? `&ref=${encodeURIComponent(back.ref)}` : "";
    return redirectTo(`/groups/${back.groupKey}?saved=1${ref}#review`);
  } catch (error) {
    return errorResponse(error);
  }
}
