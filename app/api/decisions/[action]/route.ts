import { NextResponse, type NextRequest } from "next/server";
import { errorResponse } from "@/server/errors";
import { redirectTo } from "@/server/public-url";
import { contentType, LIMITS, readForm, readJson } from "@/server/body";
import { guardWrite } from "@/server/request-guard";
import { requireActor } from "@/server/auth/current-actor";
import { formInput, runDecision } from "@/server/decisions-form";
import { parseGroupKey } from "@/server/params";

type Params = { params: Promise<{ action: string }> };

/**
 * The group page's decision forms (they work without script) and the same as JSON: claim-review, flag, split,
 * move, merge, apart. A form returns to the group its claims are in now; `back` names the page it came from.
 */
export async function POST(request: NextRequest, { params }: Params) {
  try {
    await guardWrite(request, "write");
    const actor = await requireActor(request.headers, "editor");
    const { action } = await params;
    if (contentType(request) === "application/json")
      return NextResponse.json(await runDecision(action, await readJson(request, LIMITS.reviewBytes), actor), {
        status: 201,
      });
    const input = formInput(await readForm(request, LIMITS.reviewBytes));
    const done = await runDecision(action, input, actor);
    const back = typeof input.back === "string" ? parseGroupKey(input.back) : null;
    const to = "decision" in done ? (done.decision.groupKeys[0] ?? back) : back;
    return redirectTo(to ? `/groups/${to}?done=${action}#decisions` : "/");
  } catch (error) {
    return errorResponse(error);
  }
}
