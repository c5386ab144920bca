import { type NextRequest } from "next/server";
import { errorResponse } from "@/server/errors";
import { guardWrite } from "@/server/request-guard";
import { redirectTo } from "@/server/public-url";
import { signOut } from "@/server/auth/sessions";

/** Sign out (the layout's button): the session is ended in the store and its cookie cleared. */
export async function POST(request: NextRequest) {
  try {
    await guardWrite(request, "write");
    const { cookies } = await signOut(request.headers);
    const response = redirectTo("/sign-in?signedOut=1");
    for (const cookie of cookies) response.headers.append("Set-Cookie", cookie);
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}
