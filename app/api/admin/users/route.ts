import { NextResponse, type NextRequest } from "next/server";
import { errorResponse } from "@/server/errors";
import { contentType, LIMITS, readForm, readJson } from "@/server/body";
import { guardWrite } from "@/server/request-guard";
import { redirectTo } from "@/server/public-url";
import { requireActor } from "@/server/auth/current-actor";
import { setRole } from "@/server/auth/users";

/** Change a user's role, from /admin/users (then back there) or as JSON {name, role}; admins only. */
export async function POST(request: NextRequest) {
  try {
    await guardWrite(request, "write");
    const actor = await requireActor(request.headers, "admin");
    if (contentType(request) === "application/json") {
      return NextResponse.json(await setRole(await readJson(request, LIMITS.accountBytes), actor));
    }
    const form = Object.fromEntries(await readForm(request, LIMITS.accountBytes));
    const user = await setRole(form, actor);
    return redirectTo(`/admin/users?saved=${encodeURIComponent(user.name)}`);
  } catch (error) {
    return errorResponse(error);
  }
}
