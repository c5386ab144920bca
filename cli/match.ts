import fs from "node:fs";
import { sentenceClaim } from "../lib/analyze/sentence-claim";
import { matchPairLines } from "../lib/match/pairs";

/**
 * `match --pairs FILE`: one line out per line in, "1" or "0", a tab, and the score. A malformed line answers
 * "0<TAB>0" and is named on stderr; the rest of the file is still decided.
 */
export async function runMatch(options: { pairs: string }): Promise<void> {
  const lines = fs.readFileSync(options.pairs, "utf8").split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  const out = matchPairLines(lines, sentenceClaim).map((r, i) => {
    if ("error" in r) {
      console.error(`crosscheck: line ${i + 1} of ${options.pairs}: ${r.error}; answered 0`);
      return "0\t0";
    }
    return `${r.same ? 1 : 0}\t${r.score.toFixed(3)}`;
  });
  if (out.length) process.stdout.write(`${out.join("\n")}\n`);
}
