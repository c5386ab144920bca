import { createHash } from "node:crypto";

/** An article's identity: the same text with other line endings or outer blank space is the same article. */
export function contentHash(raw: string): string {
  return createHash("sha256").update(raw.replace(/\r\n?/g, "\n").trim()).digest("hex");
}
