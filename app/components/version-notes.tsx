import Link from "next/link";
import type { VersionChanges } from "@/lib/present/versions";
import { WordDiff } from "./word-diff";

type Versions = {
  previous: { id: number; importedAt: Date; changes: VersionChanges } | null;
  next: { id: number; importedAt: Date } | null;
};

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Where this article sits among the versions of its page: a later version replaces it in the analysis, and what
 * changed since the earlier one is itself a finding, shown word by word.
 */
export function VersionNotes({ versions }: { versions: Versions }) {
  const { previous, next } = versions;
  if (!previous && !next) return null;
  return (
    <section aria-labelledby="versions" className="versions">
      <h2 id="versions">Versions of this page</h2>
      {next && (
        <p role="note" className="moved">
          A later version of this page, imported {day(next.importedAt)}, replaces this one in the analysis:{" "}
          <Link href={`/articles/${next.id}`}>read the later version</Link>.
        </p>
      )}
      {previous && (
        <details open>
          <summary>
            Changed since the <Link href={`/articles/${previous.id}`}>earlier version</Link> imported{" "}
            {day(previous.importedAt)}: {previous.changes.wordsAdded} words added, {previous.changes.wordsRemoved}{" "}
            removed
          </summary>
          <p className="small">
            <WordDiff parts={previous.changes.parts} />
          </p>
        </details>
      )}
    </section>
  );
}
