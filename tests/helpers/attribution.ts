import { expect } from "vitest";
import { ingest } from "@/lib/ingest/index";
import { extract } from "@/lib/extract/index";

/** Who says so in one sentence (which must make one claim), outermost first: text, kind, canonical name. */
export function chain(sentence: string) {
  const claims = extract(ingest({ file: "t.txt", raw: sentence }, "a1"));
  expect(claims, `one claim in: ${sentence}`).toHaveLength(1);
  return claims[0]!.facets.attribution.map((s) => {
    expect(s.text).toBe(sentence.slice(s.start, s.end));
    return [s.text, s.kind, s.canonical];
  });
}
