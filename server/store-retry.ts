import { isStoreBusy } from "./errors";

/**
 * How long an import keeps trying for its turn at the store. SQLite's busy timeout (server/db.ts) is seconds; an
 * import's transaction can take minutes, so a second import (a CLI import beside a worker, two workers) waits in
 * rounds rather than failing with "Operation has timed out" as in issue 11. As long as a job's lease.
 */
export const STORE_WAIT_MS = 15 * 60 * 1000;

/**
 * How long a write from a page (a review, a queued import) keeps trying before it answers 503 "busy, try again":
 * long enough for most imports to commit, short enough for an editor to wait for.
 */
export const WEB_WRITE_WAIT_MS = 10_000;

/** Run `attempt` again while it fails only because the store was busy; its writes rolled back, so that is safe. */
export async function whileBusy<T>(attempt: () => Promise<T>, waitMs = STORE_WAIT_MS): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (let round = 0; ; round++) {
    try {
      return await attempt();
    } catch (e) {
      if (!isStoreBusy(e) || Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, Math.min(1_000, 50 * 2 ** round) * (0.5 + Math.random())));
    }
  }
}
