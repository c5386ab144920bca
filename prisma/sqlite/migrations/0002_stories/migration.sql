-- AlterTable
ALTER TABLE "Article" ADD COLUMN "story" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ClaimGroup" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "origins" INTEGER NOT NULL,
    "severity" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "story" TEXT NOT NULL DEFAULT 's1',
    "evidence" TEXT NOT NULL
);
INSERT INTO "new_ClaimGroup" ("evidence", "id", "key", "label", "origins", "rank", "severity", "verdict") SELECT "evidence", "id", "key", "label", "origins", "rank", "severity", "verdict" FROM "ClaimGroup";
DROP TABLE "ClaimGroup";
ALTER TABLE "new_ClaimGroup" RENAME TO "ClaimGroup";
CREATE UNIQUE INDEX "ClaimGroup_key_key" ON "ClaimGroup"("key");
CREATE INDEX "ClaimGroup_verdict_idx" ON "ClaimGroup"("verdict");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

