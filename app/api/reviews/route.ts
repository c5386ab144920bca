import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { addReview } from "@/server/reviews";
import { redirectTo } from "@/server/public-url";
import { contentType, LIMITS, readForm, readJson } from "@/server/body";
import { guardWrite } from "@/server/request-guard";
import { requireActor } from "@/server/auth/current-actor";
import { backPath, formFailure, isFormPost } from "@/server/form-return";

/** The reference claim the editor had chosen, carried through the form so the page comes back the same. */
const returnTo = z.object({
  groupKey: z.string(),
  ref: z
    .string()
    .regex(/^[0-9a-f]+:\d+:\d+$/)
    .optional()
    .catch(undefined),
});

/**
 * Save an editor's review from the group page's form (or JSON), then go back to the group with a confirmation; a
 * refused form goes back to the group with a code the page words, instead of raw JSON.
 */
export async function POST(request: NextRequest) {
  const fromForm = isFormPost(request);
  let back = "/";
  try {
    await guardWrite(request, "write");
    if (contentType(request) === "application/json") {
      const actor = await requireActor(request.headers, "editor");
      return NextResponse.json(await addReview(await readJson(request, LIMITS.reviewBytes), actor), { status: 201 });
    }
    // Read before the role check, so a viewer's refused click goes back to the group it came from.
    const input = Object.fromEntries(await readForm(request, LIMITS.reviewBytes));
    back = backPath(input.groupKey) ?? back;
    await addReview(input, await requireActor(request.headers, "editor"));
    // addReview has accepted the group key; a reference that is no claim key is dropped rather than refused.
    const saved = returnTo.parse(input);
    const ref = saved.ref ? `&ref=${encodeURIComponent(saved.ref)}` : "";
    return redirectTo(`/groups/${saved.groupKey}?saved=1${ref}#review`);
  } catch (error) {
    return formFailure(error, fromForm ? back : null);
  }
}
