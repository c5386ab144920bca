import { applyProgress, type ItemProgress } from "../../lib/ingest/progress";
import { db } from "../db";
import { isStoreBusy } from "../errors";
import { toJson } from "../stored-json";

/** At most one progress write a job per this many milliseconds: an import of hundreds must not write hundreds. */
export const PROGRESS_WRITE_MS = 500;

export type JobProgress = {
  items: () => ItemProgress[];
  update: (event: ItemProgress) => void;
  /** Write what is pending now; the job's last write carries the final list itself. */
  flush: () => Promise<void>;
};

/**
 * A job's per-article progress, kept in memory and written to its row every PROGRESS_WRITE_MS. A write the store is
 * too busy for is skipped, not waited for: the next one carries the same list, and progress must never hold up or
 * fail the import it reports on.
 */
export function jobProgress(jobId: number, initial: ItemProgress[]): JobProgress {
  let items = initial;
  let written = 0;
  let writing: Promise<void> = Promise.resolve();
  const write = () => {
    written = Date.now();
    const progress = toJson(items);
    writing = writing
      .then(() => db().importJob.update({ where: { id: jobId }, data: { progress } }))
      .then(
        () => undefined,
        (e: unknown) => {
          if (!isStoreBusy(e)) console.error(`import job ${jobId}: progress not written:`, e);
        },
      );
  };
  return {
    items: () => items,
    update(event) {
      items = applyProgress(items, event);
      if (Date.now() - written >= PROGRESS_WRITE_MS) write();
    },
    async flush() {
      write();
      await writing;
    },
  };
}
