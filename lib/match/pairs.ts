import type { Claim } from "../extract/types";
import { bareClaim as bareExtractClaim } from "../extract/bare-claim";
import { words } from "../text/normalize";
import { matchSentencePairs } from "./index";
import type { Model } from "./types";
import { PARAPHRASE_MODEL } from "./model";

/** A leading column holding a label or an id (MSRP's "1<TAB>702876<TAB>702977<TAB>..."), not a sentence. */
const LABEL_COLUMN = /^\s*[\w-]{1,20}\s*$/;

export type PairLine = { a: string; b: string } | { error: string };

/**
 * One line of `match --pairs`: two tab-separated sentences, optionally after label or id columns. Anything
 * else is malformed and said why, so one bad line costs its own answer only.
 */
export function parsePairLine(line: string): PairLine {
  const fields = line.split("\t");
  while (fields.length > 2 && LABEL_COLUMN.test(fields[0]!)) fields.shift();
  if (fields.length !== 2) return { error: `expected two tab-separated sentences, found ${fields.length} field(s)` };
  const [a, b] = fields.map((f) => f.trim()) as [string, string];
  if (!words(a).length || !words(b).length) return { error: "a sentence is empty" };
  return { a, b };
}

/** A claim made of the sentence's words alone, for text the pipeline refuses (page furniture, no claim). */
export function bareClaim(text: string, id: string): Claim {
  return bareExtractClaim(`${id}-c1`, id, text, { terms: words(text) });
}

export type PairAnswer = { same: boolean; score: number } | { error: string };

/**
 * Every line gets an answer, in order: a decision and score, or the reason it is malformed. `toClaim` turns a
 * sentence into a claim; when it refuses one, the sentence is compared on its words alone.
 */
export function matchPairLines(
  lines: string[],
  toClaim: (text: string, id: string) => Claim,
  model: Model = PARAPHRASE_MODEL,
): PairAnswer[] {
  const parsed = lines.map(parsePairLine);
  const claimOf = (text: string, id: string) => {
    try {
      return toClaim(text, id);
    } catch {
      return bareClaim(text, id);
    }
  };
  const good = parsed.flatMap((p, i) => ("error" in p ? [] : [[claimOf(p.a, `p${i}a`), claimOf(p.b, `p${i}b`)]]));
  const results = matchSentencePairs(good as [Claim, Claim][], model);
  let next = 0;
  return parsed.map((p) => ("error" in p ? p : results[next++]!));
}
