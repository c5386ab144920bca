/** A job is an ImportJob row's id; the row holds everything else, so any process can run or report it. */
export type RunJob = (jobId: number) => Promise<void>;

/**
 * The one job interface both providers implement: PostgreSQL through pg-boss (jobs fetched with SKIP LOCKED, a
 * worker that dies has its job expire and retried), SQLite through the ImportJob table itself (a compare-and-set
 * claim with a lease, a stale lease taken over).
 */
export type JobQueue = {
  /** Tell the workers a job is waiting. */
  notify: (jobId: number) => Promise<void>;
  /** Run jobs as they come until stop() is called. */
  work: (run: RunJob) => Promise<void>;
  stop: () => Promise<void>;
};

/** How long a job may run before it counts as abandoned by a dead worker and is given to another. */
export const JOB_LEASE_SECONDS = 15 * 60;

/**
 * The lease in force: JOB_LEASE_SECONDS unless CROSSCHECK_JOB_LEASE_SECONDS sets another (a test that kills a worker
 * must not wait a quarter of an hour). Read here only.
 */
export function jobLeaseSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const set = env.CROSSCHECK_JOB_LEASE_SECONDS;
  if (set === undefined || set === "") return JOB_LEASE_SECONDS;
  const seconds = Number(set);
  if (!Number.isInteger(seconds) || seconds < 1)
    throw new Error(`CROSSCHECK_JOB_LEASE_SECONDS must be a whole number of seconds, not "${set}"`);
  return seconds;
}
