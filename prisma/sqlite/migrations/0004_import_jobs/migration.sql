-- Imports as jobs a worker runs (server/jobs/)
-- CreateTable
CREATE TABLE "ImportJob" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "input" JSONB NOT NULL,
    "result" JSONB,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "ImportJob_state_check" CHECK ("state" IN ('queued', 'running', 'done', 'failed'))
);

-- CreateIndex
CREATE INDEX "ImportJob_state_id_idx" ON "ImportJob"("state", "id");

