import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { addReview } from "@/server/reviews";
import { toHttp } from "@/server/errors";
import { redirectTo } from "@/server/public-url";

/** The reference claim the editor had chosen, carried through the form so the page comes back the same. */
const returnTo = z.object({
  groupId: z.coerce.number().int().positive(),
  ref: z.coerce.number().int().positive().optional().catch(undefined),
});

/** Save an editor's review from the group page's form (or JSON), then go back to the group with a confirmation. */
export async function POST(request: NextRequest) {
  try {
    const json = request.headers.get("content-type")?.includes("application/json");
    const input = json ? await request.json() : Object.fromEntries(await request.formData());
    const review = await addReview(input);
    if (json) return NextResponse.json(review, { status: 201 });
    // addReview has accepted the group id; a reference that is no id is dropped rather than refused.
    const back = returnTo.parse(input);
    return redirectTo(`/groups/${back.groupId}?saved=1${back.ref ? `&ref=${back.ref}` : ""}#review`);
  } catch (error) {
    const { status, body } = toHttp(error);
    return NextResponse.json(body, { status });
  }
}
