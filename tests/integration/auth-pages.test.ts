import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { freshStore, removeStores } from "../helpers/store";
import { stubNext } from "../helpers/next-stubs";
import { requireSignIn } from "../helpers/accounts";

stubNext();
const Overview = (await import("@/app/page")).default;
const UsersPage = (await import("@/app/admin/users/page")).default;
const SignInPage = (await import("@/app/sign-in/page")).default;

/** Every page file under app/, found on disk, so a new page is checked without being listed anywhere. */
function pageFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return pageFiles(full);
    return e.name === "page.tsx" ? [full] : [];
  });
}

/** A value for each dynamic segment of the page's path: the store is empty, so none names anything. */
function paramsOf(file: string): Record<string, string> {
  const names = [...file.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
  return Object.fromEntries(names.map((n) => [n, n === "key" ? "0".repeat(20) : "1"]));
}

type PageModule = {
  default: (props: object) => Promise<unknown>;
  generateMetadata?: (props: object) => Promise<unknown>;
};

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

  const pages = pageFiles("app").filter((f) => f !== path.join("app", "sign-in", "page.tsx"));

  it("finds the pages on disk", () => {
    expect(pages).toContain(path.join("app", "stories", "[id]", "activity", "page.tsx"));
    expect(pages.length).toBeGreaterThan(10);
  });

  for (const file of pages)
    it(`${file} and its title send a signed-out reader to /sign-in before reading anything`, async () => {
      requireSignIn();
      const page = (await import(/* @vite-ignore */ path.resolve(file))) as PageModule;
      const props = { params: Promise.resolve(paramsOf(file)), searchParams: Promise.resolve({}) };
      await expect(page.default(props)).rejects.toThrow(/^NEXT_REDIRECT \/sign-in\?next=/);
      if (page.generateMetadata)
        await expect(page.generateMetadata(props)).rejects.toThrow(/^NEXT_REDIRECT \/sign-in\?next=/);
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
