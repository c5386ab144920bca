import { expect } from "vitest";
import { ingest } from "@/lib/ingest/index";
import { extract } from "@/lib/extract/index";
import type { Quantity } from "@/lib/extract/types";

/** The quantities the extractor reads in one sentence, which must make one claim; each is its exact slice. */
export function quantitiesOf(sentence: string): Quantity[] {
  const claims = extract(ingest({ file: "q.txt", raw: sentence }, "a1"));
  expect(claims, `one claim in: ${sentence}`).toHaveLength(1);
  for (const q of claims[0]!.facets.quantities) expect(q.text).toBe(sentence.slice(q.start, q.end));
  return claims[0]!.facets.quantities;
}

/** What the judge compares of a quantity, in one line for exact expectations. */
export const brief = (q: Quantity) => [q.value, q.unit, q.dimension, q.qualifier, q.text];
