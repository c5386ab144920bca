import fs from "node:fs";
import { sentenceClaim } from "../lib/analyze/sentence-claim";
import { matchSentencePairs } from "../lib/match/index";

/** `match --pairs FILE`: one line out per pair, "1" or "0", a tab, and the score. */
export async function runMatch(options: { pairs: string }): Promise<void> {
  const lines = fs
    .readFileSync(options.pairs, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const pairs = lines.map((line, i) => {
    const [a, b] = line.split("\t");
    if (a === undefined || b === undefined)
      throw new Error(`line ${i + 1} of ${options.pairs} has no tab between two sentences`);
    return [sentenceClaim(a, `p${i}a`), sentenceClaim(b, `p${i}b`)] as [
      ReturnType<typeof sentenceClaim>,
      ReturnType<typeof sentenceClaim>,
    ];
  });
  const out = matchSentencePairs(pairs).map((r) => `${r.same ? 1 : 0}\t${r.score.toFixed(3)}`);
  process.stdout.write(`${out.join("\n")}\n`);
}
