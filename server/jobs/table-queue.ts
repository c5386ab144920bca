import { db } from "../db";
import { whileBusy } from "../store-retry";
import { jobLeaseSeconds, type JobQueue, type RunJob } from "./types";

/** How often an idle SQLite worker looks for a queued job. */
const POLL_MS = 500;

/**
 * Take the oldest job that is queued, or running under a lease that ran out (its worker died). The update only
 * succeeds if the row is still as read, so two workers never take one job.
 */
export async function claimJob(now = new Date()): Promise<number | null> {
  const stale = new Date(now.getTime() - jobLeaseSeconds() * 1000);
  const waiting = { OR: [{ state: "queued" }, { state: "running", claimedAt: { lt: stale } }] };
  for (;;) {
    const next = await db().importJob.findFirst({ where: waiting, orderBy: { id: "asc" }, select: { id: true } });
    if (!next) return null;
    const taken = await db().importJob.updateMany({
      where: { id: next.id, ...waiting },
      data: { state: "running", claimedAt: now, attempts: { increment: 1 } },
    });
    if (taken.count === 1) return next.id;
  }
}

/** The SQLite queue: the ImportJob table, polled by the workers. stop() waits for the job at hand to finish. */
export function tableQueue(): JobQueue {
  let running = false;
  let loop: Promise<void> = Promise.resolve();
  const poll = async (run: RunJob) => {
    while (running) {
      // A store busy past every retry is no reason to stop working: the next round tries again.
      const id = await whileBusy(() => claimJob()).catch((e: unknown) => {
        console.error("job queue: could not claim a job:", e);
        return null;
      });
      if (id === null) await new Promise((r) => setTimeout(r, POLL_MS));
      else await run(id).catch((e: unknown) => console.error(`job ${id} failed:`, e));
    }
  };
  return {
    notify: async () => undefined,
    work: async (run: RunJob) => {
      running = true;
      loop = poll(run);
      await loop;
    },
    stop: async () => {
      running = false;
      await loop;
    },
  };
}
