import type { Claim } from "../extract/types";
import { extract } from "../extract/index";
import { ingest } from "../ingest/index";
import type { Fact } from "./types";

/**
 * Test helpers only. Real claims from a synthetic one-paragraph article, so offsets, terms and verbs are what the
 * extractor gives: text === the article slice at start..end, verbs at article offsets.
 */
export function claimsOf(text: string, articleId = "a1", publishedAt = "2024-06-04"): Claim[] {
  const file = `${articleId}.txt`;
  return extract(ingest({ file, raw: `${text}\n`, manifest: { file, publishedAt } }, articleId));
}

/** The one claim of a one-sentence article. */
export function oneClaim(text: string, articleId = "a1", publishedAt = "2024-06-04"): Claim {
  const [claim, ...rest] = claimsOf(text, articleId, publishedAt);
  if (!claim || rest.length > 0) throw new Error(`expected one claim in: ${text}`);
  return claim;
}

/** A hand-built fact: only what a test sets matters; anchors are given, their words default to the stem. */
export function fact(fields: Partial<Fact> & Pick<Fact, "claimId" | "articleId">): Fact {
  const anchors = fields.anchors ?? [];
  return {
    start: 0,
    end: 2,
    kind: "quantity",
    slot: "count:nurse",
    what: "nurse",
    anchors,
    verbs: [],
    noun: null,
    words: Object.fromEntries(anchors.filter((a) => a.startsWith("w:")).map((a) => [a, a.slice(2)])),
    local: [],
    value: "exact 40 nurse",
    ...fields,
  };
}
