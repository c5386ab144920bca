-- CreateTable
CREATE TABLE "ClaimReview" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "claimKey" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClaimReview_status_check" CHECK ("status" IN ('unreviewed', 'confirmed', 'disputed', 'needs-follow-up', 'dismissed'))
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "claimKey" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Decision_kind_check" CHECK ("kind" IN ('flag', 'split', 'move', 'merge', 'apart'))
);

-- CreateIndex
CREATE INDEX "ClaimReview_claimKey_idx" ON "ClaimReview"("claimKey");

-- CreateIndex
CREATE INDEX "Decision_claimKey_idx" ON "Decision"("claimKey");

