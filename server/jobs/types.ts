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
