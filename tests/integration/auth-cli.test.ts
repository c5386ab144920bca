import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { freshDatabaseUrl, removeStores } from "../helpers/store";

afterAll(removeStores);

/** The CLI as a user runs it, over its own database; stdout's lines. */
function cli(url: string, ...args: string[]): string[] {
  const out = execFileSync("npx", ["tsx", "cli/main.ts", ...args], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
  return out.toString().trimEnd().split("\n");
}

describe("the accounts CLI", () => {
  it("prints a new user's password and a new token alone on their last lines, which then work", async () => {
    const url = await freshDatabaseUrl();
    const added = cli(url, "users", "add", "Dana", "--role", "editor");
    expect(added[0]).toBe("created editor dana; the password is shown this once and cannot be recovered:");
    expect(added.at(-1)).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const token = cli(url, "tokens", "create", "dana").at(-1)!;
    expect(token).toMatch(/^cc_[A-Za-z0-9_-]{43}$/);
    expect(cli(url, "users", "role", "dana", "viewer")).toEqual(["dana is now viewer"]);
    expect(cli(url, "users", "list")).toEqual([expect.stringMatching(/^dana\tviewer\t1 token\tsince \d{4}-/)]);

    process.env.DATABASE_URL = url;
    const { currentActor } = await import("@/server/auth/current-actor");
    const { disconnect } = await import("@/server/db");
    await disconnect();
    process.env.CROSSCHECK_LOCAL = "";
    try {
      const actor = await currentActor(new Headers({ authorization: `Bearer ${token}` }));
      expect(actor).toMatchObject({ name: "dana", role: "viewer" });
    } finally {
      process.env.CROSSCHECK_LOCAL = "1";
    }
  });

  it("names what is wrong and exits non-zero", async () => {
    const url = await freshDatabaseUrl();
    const run = (...args: string[]) => {
      try {
        cli(url, ...args);
        return "exited 0";
      } catch (error) {
        return String((error as { stderr: Buffer }).stderr).trim();
      }
    };
    expect(run("users", "add", "dana", "--role", "boss")).toBe(
      "crosscheck: role: a role is one of viewer, editor, admin",
    );
    expect(run("tokens", "create", "nobody")).toBe("crosscheck: user nobody was not found");
  });
});
