import type { Claim, Quantity } from "../extract/types";
import { lexicon } from "../lexicon/index";
import type { Word } from "./window";

/**
 * What a sum of money is in, from or for, as the stem of the phrase's first word: "$750,000 in campaign funds" and
 * "$750,000 in campaign money" give "campa", "$600 million from the Treasury" gives "treas". An article gives many
 * sums; this picks one out, whatever else each outlet writes around it, as a counted noun picks out a count. Null
 * for other quantities, and for a date or a number after the preposition ("$5 million in March", "in 2019").
 */
export function sourceOfSum(claim: Claim, words: Word[], q: Quantity): string | null {
  if (q.dimension !== "currency") return null;
  const lead = lexicon.facts.moneySource.exec(claim.text.slice(q.end - claim.start));
  if (!lead) return null;
  const at = q.end + lead[0].length;
  const word = words.find((w) => w.start === at);
  if (!word) return null;
  const written = claim.text.slice(word.start - claim.start, word.end - claim.start);
  return lexicon.calendar.name.test(written) ? null : word.stem;
}
