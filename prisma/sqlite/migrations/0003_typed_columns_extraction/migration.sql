-- JSON columns become JSONB (Prisma Json), articles keep their extracted claims, enumerations get CHECK constraints
-- (values as in server/column-values.ts), a story's groups are read by (story, rank).
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("bodyEnd", "bodyStart", "file", "hash", "id", "importedAt", "meta", "outletId", "publishedAt", "raw", "story", "title", "url") SELECT "bodyEnd", "bodyStart", "file", "hash", "id", "importedAt", "meta", "outletId", "publishedAt", "raw", "story", "title", "url" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_hash_key" ON "Article"("hash");
CREATE INDEX "Article_story_idx" ON "Article"("story");
CREATE TABLE "new_Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "modality" TEXT NOT NULL,
    "worthiness" REAL NOT NULL,
    "facets" JSONB NOT NULL,
    "groupId" INTEGER,
    CONSTRAINT "Claim_kind_check" CHECK ("kind" IN ('statement', 'headline', 'subhead', 'caption')),
    CONSTRAINT "Claim_modality_check" CHECK ("modality" IN ('asserted', 'reported', 'planned', 'considered', 'possible', 'denied')),
    CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ClaimGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("articleId", "end", "facets", "groupId", "id", "key", "kind", "modality", "start", "text", "worthiness") SELECT "articleId", "end", "facets", "groupId", "id", "key", "kind", "modality", "start", "text", "worthiness" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE UNIQUE INDEX "Claim_key_key" ON "Claim"("key");
CREATE INDEX "Claim_articleId_idx" ON "Claim"("articleId");
CREATE INDEX "Claim_groupId_idx" ON "Claim"("groupId");
CREATE TABLE "new_ClaimGroup" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "origins" INTEGER NOT NULL,
    "severity" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "story" TEXT NOT NULL DEFAULT 's1',
    "evidence" JSONB NOT NULL,
    CONSTRAINT "ClaimGroup_verdict_check" CHECK ("verdict" IN ('agree', 'discrepancy', 'single-source'))
);
INSERT INTO "new_ClaimGroup" ("evidence", "id", "key", "label", "origins", "rank", "severity", "story", "verdict") SELECT "evidence", "id", "key", "label", "origins", "rank", "severity", "story", "verdict" FROM "ClaimGroup";
DROP TABLE "ClaimGroup";
ALTER TABLE "new_ClaimGroup" RENAME TO "ClaimGroup";
CREATE UNIQUE INDEX "ClaimGroup_key_key" ON "ClaimGroup"("key");
CREATE INDEX "ClaimGroup_verdict_idx" ON "ClaimGroup"("verdict");
CREATE INDEX "ClaimGroup_story_rank_idx" ON "ClaimGroup"("story", "rank");
CREATE TABLE "new_Discrepancy" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "groupId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "severity" INTEGER NOT NULL,
    "claimKeys" JSONB NOT NULL,
    "summary" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    CONSTRAINT "Discrepancy_kind_check" CHECK ("kind" IN ('quantity', 'date', 'quote', 'characterisation', 'entity', 'modality', 'timing')),
    CONSTRAINT "Discrepancy_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ClaimGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Discrepancy" ("claimKeys", "evidence", "groupId", "id", "kind", "severity", "summary") SELECT "claimKeys", "evidence", "groupId", "id", "kind", "severity", "summary" FROM "Discrepancy";
DROP TABLE "Discrepancy";
ALTER TABLE "new_Discrepancy" RENAME TO "Discrepancy";
CREATE INDEX "Discrepancy_groupId_idx" ON "Discrepancy"("groupId");
CREATE TABLE "new_Review" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "groupKey" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Review_status_check" CHECK ("status" IN ('unreviewed', 'confirmed', 'disputed', 'needs-follow-up', 'dismissed'))
);
INSERT INTO "new_Review" ("createdAt", "groupKey", "id", "note", "status") SELECT "createdAt", "groupKey", "id", "note", "status" FROM "Review";
DROP TABLE "Review";
ALTER TABLE "new_Review" RENAME TO "Review";
CREATE INDEX "Review_groupKey_idx" ON "Review"("groupKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
