-- Story workspaces: a Story table (suggested or accepted), and articles an editor placed, which the automatic
-- story separation leaves where they are.
-- CreateTable
CREATE TABLE "Story" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seq" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'suggested' CONSTRAINT "Story_status_check" CHECK ("status" IN ('suggested', 'accepted')),
    "createdById" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

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
    "placed" BOOLEAN NOT NULL DEFAULT false,
    "extraction" JSONB,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "previousId" INTEGER,
    CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("bodyEnd", "bodyStart", "extraction", "file", "hash", "id", "importedAt", "meta", "outletId", "previousId", "publishedAt", "raw", "story", "title", "url") SELECT "bodyEnd", "bodyStart", "extraction", "file", "hash", "id", "importedAt", "meta", "outletId", "previousId", "publishedAt", "raw", "story", "title", "url" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_hash_key" ON "Article"("hash");
CREATE UNIQUE INDEX "Article_previousId_key" ON "Article"("previousId");
CREATE INDEX "Article_story_idx" ON "Article"("story");
CREATE INDEX "Article_url_idx" ON "Article"("url");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Story_seq_key" ON "Story"("seq");

-- CreateIndex
CREATE INDEX "Story_status_idx" ON "Story"("status");

-- Stories the earlier derived ids named become suggested stories with those ids, titled by their first article.
INSERT INTO "Story" ("id", "seq", "title", "status", "createdBy")
SELECT a."story", CAST(SUBSTR(a."story", 2) AS INTEGER),
       COALESCE((SELECT b."title" FROM "Article" b WHERE b."story" = a."story" AND b."title" IS NOT NULL
                 ORDER BY b."id" LIMIT 1), 'Story ' || a."story"),
       'suggested', 'automatic story separation'
FROM "Article" a WHERE a."story" IS NOT NULL GROUP BY a."story";
