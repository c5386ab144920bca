import type { SourceDocument } from "@/lib/ingest/types";

/**
 * One long article of plain, varied prose (about `kb` KB): seconds of extraction, so a test can watch what else
 * happens while it is analysed. `seed` keeps two of them apart (their content hashes differ).
 */
export function heavyArticle(kb: number, seed = 0): SourceDocument {
  const lines: string[] = [];
  for (let i = 0; lines.join("\n\n").length < kb * 1000; i++)
    lines.push(
      `Officials in Calder said on Tuesday that ${i + 3 + seed} families had left district ${i % 40} after the ` +
        `river rose ${(i % 9) + 1} metres, and the mayor, Ana Ruiz, told reporters "we are doing all we can".`,
    );
  const file = `heavy-${seed}.txt`;
  return { file, raw: `${lines.join("\n\n")}\n`, manifest: { file, outlet: "North Wire", publishedAt: "2024-05-02" } };
}
