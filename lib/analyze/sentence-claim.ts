import { ingest } from "../ingest/index";
import { extract } from "../extract/index";
import type { Claim } from "../extract/types";
import { bareClaim } from "../extract/bare-claim";

/** One free-standing sentence as one claim, for the matcher's pair mode and its calibration. */
export function sentenceClaim(text: string, id: string): Claim {
  const article = ingest({ file: id, raw: text }, id);
  const claim = extract(article, { whole: true })[0];
  if (claim) return claim;
  return bareClaim(`${id}-c1`, id, text);
}
