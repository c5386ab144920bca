import { createElement, type AnchorHTMLAttributes } from "react";
import { vi } from "vitest";

/**
 * Next's request-scoped helpers stubbed, for pages rendered to HTML in the test process: `connection()` resolves,
 * `headers()` is empty, `notFound()` throws NEXT_NOT_FOUND, `redirect(to)` throws NEXT_REDIRECT and where to, and
 * `<Link>` is a plain anchor. The pages' own code is not stubbed. Call it before the pages are imported (with
 * `await import`), as vi.doMock applies to imports that follow it.
 */
export function stubNext(): void {
  vi.doMock("next/server", () => ({ connection: async () => {} }));
  // No request: no cookie and no token (the integration setup runs in local mode, so pages see LOCAL_ACTOR).
  vi.doMock("next/headers", () => ({ headers: async () => new Headers() }));
  vi.doMock("next/navigation", () => ({
    notFound: () => {
      throw new Error("NEXT_NOT_FOUND");
    },
    redirect: (to: string) => {
      throw new Error(`NEXT_REDIRECT ${to}`);
    },
    // Client components render once to HTML here: their router is never called in that pass.
    useRouter: () => ({ push: () => {}, refresh: () => {}, replace: () => {} }),
  }));
  vi.doMock("next/link", () => ({
    default: ({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) =>
      createElement("a", { href, ...rest }),
  }));
}
