import PgBoss from "pg-boss";
import { db } from "../db";
import { jobLeaseSeconds, type JobQueue, type RunJob } from "./types";

const IMPORT_QUEUE = "import";
/** A job whose worker died is retried after its lease; a job that fails this often stays failed. */
const RETRY_LIMIT = 3;
/** pg-boss finds expired jobs in its maintenance round, by default every two minutes: never less often than leases. */
const MAINTENANCE_SECONDS = 120;

/** The PostgreSQL queue: pg-boss in its own schema of the same database. */
export async function postgresQueue(url: string): Promise<JobQueue> {
  const lease = jobLeaseSeconds();
  const boss = new PgBoss({
    connectionString: url,
    schema: "pgboss",
    maintenanceIntervalSeconds: Math.min(MAINTENANCE_SECONDS, lease),
  });
  boss.on("error", (e) => console.error("job queue:", e));
  await boss.start();
  await boss.createQueue(IMPORT_QUEUE, {
    name: IMPORT_QUEUE,
    retryLimit: RETRY_LIMIT,
    expireInSeconds: lease,
  });
  return {
    notify: async (jobId) => {
      // The lease goes with each job too: the queue keeps the options of whichever process created it first.
      await boss.send(IMPORT_QUEUE, { jobId }, { expireInSeconds: lease });
    },
    work: async (run: RunJob) => {
      await boss.work<{ jobId: number }>(IMPORT_QUEUE, async ([job]) => {
        if (!job) return;
        await db().importJob.update({
          where: { id: job.data.jobId },
          data: { state: "running", claimedAt: new Date(), attempts: { increment: 1 } },
        });
        await run(job.data.jobId);
      });
    },
    stop: () => boss.stop({ graceful: true, wait: true }),
  };
}
