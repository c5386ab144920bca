-- CreateTable
CREATE TABLE "ClaimReview" (
    "id" SERIAL NOT NULL,
    "claimKey" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "claimKey" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimReview_claimKey_idx" ON "ClaimReview"("claimKey");

-- CreateIndex
CREATE INDEX "Decision_claimKey_idx" ON "Decision"("claimKey");


-- Enumerated columns (see prisma/models.prisma)
ALTER TABLE "ClaimReview" ADD CONSTRAINT "ClaimReview_status_check" CHECK ("status" IN ('unreviewed', 'confirmed', 'disputed', 'needs-follow-up', 'dismissed'));
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_kind_check" CHECK ("kind" IN ('flag', 'split', 'move', 'merge', 'apart'));
