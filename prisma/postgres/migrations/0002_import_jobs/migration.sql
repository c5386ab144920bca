-- Imports as jobs a worker runs (server/jobs/)
-- CreateTable
CREATE TABLE "ImportJob" (
    "id" SERIAL NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "input" JSONB NOT NULL,
    "result" JSONB,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportJob_state_id_idx" ON "ImportJob"("state", "id");


ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_state_check" CHECK ("state" IN ('queued', 'running', 'done', 'failed'));
