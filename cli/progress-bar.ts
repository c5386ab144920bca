import { SingleBar } from "cli-progress";
import type { ItemProgress } from "../lib/ingest/progress";

/** Lines a bar prints at most when stderr is not a terminal (a log, CI): one every this many milliseconds. */
const NO_TTY_EVERY_MS = 2_000;

/**
 * A progress bar on stderr over the articles of an import, so stdout keeps only the summary line scripts read. Each
 * article announced (queued) adds to the total; it moves once the article is extracted, refused or found stored.
 * Analysis runs once for the whole import after that, so the bar then says so. `stop()` ends it.
 */
export function importBar(): { onProgress: (item: ItemProgress) => void; stop: () => void } {
  const bar = new SingleBar({
    format: "{bar} {value}/{total} articles | {last}",
    stream: process.stderr,
    noTTYOutput: !process.stderr.isTTY,
    notTTYSchedule: NO_TTY_EVERY_MS,
    hideCursor: true,
  });
  let total = 0;
  let done = 0;
  bar.start(0, 0, { last: "" });
  return {
    onProgress(item) {
      if (item.state === "queued") bar.setTotal((total += 1));
      if (item.state === "queued" || item.state === "fetched" || item.state === "analysed") return;
      done += 1;
      const last = item.state === "failed" ? `failed: ${item.source}` : item.source;
      bar.update(done, { last: done === total ? "analysing…" : last });
    },
    stop: () => bar.stop(),
  };
}
