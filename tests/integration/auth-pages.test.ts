import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { freshStore, removeStores } from "../helpers/store";
import { stubNext } from "../helpers/next-stubs";
import { requireSignIn } from "../helpers/accounts";

stubNext();
const Overview = (await import("@/app/page")).default;
const UsersPage = (await import("@/app/admin/users/page")).default;
const SignInPage = (await import("@/app/sign-in/page")).default;

beforeAll(freshStore);
afterEach(() => vi.unstubAllEnvs());
afterAll(removeStores);

describe("pages without a session", () => {
  it("send the reader to /sign-in, unless the server runs in local mode", async () => {
    requireSignIn();
    await expect(Overview()).rejects.toThrow("NEXT_REDIRECT /sign-in?next=%2F");
    await expect(UsersPage({ searchParams: Promise.resolve({}) })).rejects.toThrow("NEXT_REDIRECT /sign-in");
    vi.unstubAllEnvs();
    expect(renderToStaticMarkup(await Overview())).toContain("<h1");
  });

  it("the sign-in page offers the form and keeps where to go back to; local mode needs none", async () => {
    requireSignIn();
    const html = renderToStaticMarkup(
      await SignInPage({ searchParams: Promise.resolve({ next: "/import", error: "unauthorized" }) }),
    );
    expect(html).toContain('action="/api/session"');
    expect(html).toContain('name="next" value="/import"');
    expect(html).toContain("That user name and password do not match.");
    vi.unstubAllEnvs();
    const local = renderToStaticMarkup(await SignInPage({ searchParams: Promise.resolve({}) }));
    expect(local).toContain("local mode");
    expect(local).not.toContain("<form");
  });
});
