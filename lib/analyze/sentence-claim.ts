import { ingest } from "../ingest/index";
import { extract } from "../extract/index";
import type { Claim } from "../extract/types";

/** One free-standing sentence as one claim, for the matcher's pair mode and its calibration. */
export function sentenceClaim(text: string, id: string): Claim {
  const article = ingest({ file: id, raw: text }, id);
  const claim = extract(article, { whole: true })[0];
  if (claim) return claim;
  return {
    id: `${id}-c1`,
    articleId: id,
    start: 0,
    end: text.length,
    text,
    kind: "statement",
    worthiness: 0,
    worthinessReasons: [],
    facets: {
      quotes: [],
      quantities: [],
      dates: [],
      entities: [],
      attribution: [],
      labels: [],
      modality: { value: "asserted", cue: null },
    },
    terms: [],
    verbs: [],
  };
}
