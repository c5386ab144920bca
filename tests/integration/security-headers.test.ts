import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

// The page proxy as Next runs it before every page: without a browser, so the headers are checked on every run of
// the integration layer, not only in Chromium.
const page = (path: string, init: ConstructorParameters<typeof NextRequest>[1] = {}) =>
  proxy(new NextRequest(`http://127.0.0.1:3000${path}`, init));

describe("every page response", () => {
  it("carries a CSP with a fresh nonce and no unsafe inline script, and forbids framing and sniffing", () => {
    const [one, two] = [page("/"), page("/import")];
    const policy = one.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeDefined();
    expect(two.headers.get("content-security-policy")).not.toContain(nonce!);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(/script-src[^;]*'unsafe-inline'/.test(policy)).toBe(false);
    expect([one.headers.get("x-content-type-options"), one.headers.get("referrer-policy")]).toEqual([
      "nosniff",
      "same-origin",
    ]);
    expect(one.headers.get("x-frame-options")).toBe("DENY");
  });

  it("refuses an over-long query and a cross-site form post, with the headers still set", async () => {
    const long = page(`/?q=${"x".repeat(3000)}`);
    expect(long.status).toBe(414);
    const foreign = page("/", {
      method: "POST",
      headers: { origin: "http://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(foreign.status).toBe(403);
    for (const r of [long, foreign]) expect(r.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
