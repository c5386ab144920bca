import { NextResponse, type NextRequest } from "next/server";
import { redirectTo } from "@/server/public-url";
import { contentType, LIMITS, readForm, readJson } from "@/server/body";
import { guardWrite } from "@/server/request-guard";
import { requireActor } from "@/server/auth/current-actor";
import { formInput, runDecision } from "@/server/decisions-form";
import { backPath, formFailure, isFormPost } from "@/server/form-return";

type Params = { params: Promise<{ action: string }> };

/**
 * The group and claim pages' decision forms (they work without script) and the same as JSON: claim-review, flag,
 * split, move, merge, apart. A form returns to the group its claims are in now, or to the page it came from (`back`,
 * a group or claim key), also when the decision is refused, with a code that page words instead of raw JSON.
 */
export async function POST(request: NextRequest, { params }: Params) {
  const fromForm = isFormPost(request);
  let back = "/";
  try {
    await guardWrite(request, "write");
    const { action } = await params;
    if (contentType(request) === "application/json") {
      const actor = await requireActor(request.headers, "editor");
      const done = await runDecision(action, await readJson(request, LIMITS.reviewBytes), actor);
      return NextResponse.json(done, { status: 201 });
    }
    // Read before the role check, so a viewer's refused click goes back to the page it came from.
    const input = formInput(await readForm(request, LIMITS.reviewBytes));
    back = backPath(input.back) ?? back;
    const done = await runDecision(action, input, await requireActor(request.headers, "editor"));
    const moved = "decision" in done ? done.decision.groupKeys[0] : undefined;
    return redirectTo(`${moved ? `/groups/${moved}` : back}?done=${action}#decisions`);
  } catch (error) {
    return formFailure(error, fromForm ? back : null);
  }
}
