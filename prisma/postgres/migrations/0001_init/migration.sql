-- The PostgreSQL schema from prisma/models.prisma, enumerations as CHECK constraints (values as in
-- server/column-values.ts), since their values are not Prisma enum identifiers.
-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Outlet" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "hash" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "title" TEXT,
    "raw" TEXT NOT NULL,
    "bodyStart" INTEGER NOT NULL,
    "bodyEnd" INTEGER NOT NULL,
    "outletId" INTEGER,
    "publishedAt" TEXT,
    "url" TEXT,
    "meta" JSONB NOT NULL,
    "story" TEXT,
    "extraction" JSONB,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "modality" TEXT NOT NULL,
    "worthiness" DOUBLE PRECISION NOT NULL,
    "facets" JSONB NOT NULL,
    "groupId" INTEGER,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimGroup" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "origins" INTEGER NOT NULL,
    "severity" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "story" TEXT NOT NULL DEFAULT 's1',
    "evidence" JSONB NOT NULL,

    CONSTRAINT "ClaimGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Discrepancy" (
    "id" SERIAL NOT NULL,
    "groupId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "severity" INTEGER NOT NULL,
    "claimKeys" JSONB NOT NULL,
    "summary" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,

    CONSTRAINT "Discrepancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" SERIAL NOT NULL,
    "groupKey" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportFailure" (
    "id" SERIAL NOT NULL,
    "file" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportFailure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Outlet_name_key" ON "Outlet"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Article_hash_key" ON "Article"("hash");

-- CreateIndex
CREATE INDEX "Article_story_idx" ON "Article"("story");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_key_key" ON "Claim"("key");

-- CreateIndex
CREATE INDEX "Claim_articleId_idx" ON "Claim"("articleId");

-- CreateIndex
CREATE INDEX "Claim_groupId_idx" ON "Claim"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimGroup_key_key" ON "ClaimGroup"("key");

-- CreateIndex
CREATE INDEX "ClaimGroup_verdict_idx" ON "ClaimGroup"("verdict");

-- CreateIndex
CREATE INDEX "ClaimGroup_story_rank_idx" ON "ClaimGroup"("story", "rank");

-- CreateIndex
CREATE INDEX "Discrepancy_groupId_idx" ON "Discrepancy"("groupId");

-- CreateIndex
CREATE INDEX "Review_groupKey_idx" ON "Review"("groupKey");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ClaimGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discrepancy" ADD CONSTRAINT "Discrepancy_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ClaimGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Checked strings
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_kind_check" CHECK ("kind" IN ('statement', 'headline', 'subhead', 'caption'));
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_modality_check" CHECK ("modality" IN ('asserted', 'reported', 'planned', 'considered', 'possible', 'denied'));
ALTER TABLE "ClaimGroup" ADD CONSTRAINT "ClaimGroup_verdict_check" CHECK ("verdict" IN ('agree', 'discrepancy', 'single-source'));
ALTER TABLE "Discrepancy" ADD CONSTRAINT "Discrepancy_kind_check" CHECK ("kind" IN ('quantity', 'date', 'quote', 'characterisation', 'entity', 'modality', 'timing'));
ALTER TABLE "Review" ADD CONSTRAINT "Review_status_check" CHECK ("status" IN ('unreviewed', 'confirmed', 'disputed', 'needs-follow-up', 'dismissed'));
