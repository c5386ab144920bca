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
    "previousId" INTEGER,
    CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("bodyEnd", "bodyStart", "extraction", "file", "hash", "id", "importedAt", "meta", "outletId", "publishedAt", "raw", "story", "title", "url") SELECT "bodyEnd", "bodyStart", "extraction", "file", "hash", "id", "importedAt", "meta", "outletId", "publishedAt", "raw", "story", "title", "url" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_hash_key" ON "Article"("hash");
CREATE UNIQUE INDEX "Article_previousId_key" ON "Article"("previousId");
CREATE INDEX "Article_story_idx" ON "Article"("story");
CREATE INDEX "Article_url_idx" ON "Article"("url");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

