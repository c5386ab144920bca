-- Story workspaces: a Story table (suggested or accepted), and articles an editor placed, which the automatic
-- story separation leaves where they are.
-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "placed" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Story" (
    "id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'suggested',
    "createdById" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Story_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Story_seq_key" ON "Story"("seq");

-- CreateIndex
CREATE INDEX "Story_status_idx" ON "Story"("status");

ALTER TABLE "Story" ADD CONSTRAINT "Story_status_check" CHECK ("status" IN ('suggested', 'accepted'));

-- Stories the earlier derived ids named become suggested stories with those ids, titled by their first article.
INSERT INTO "Story" ("id", "seq", "title", "status", "createdBy")
SELECT a."story", CAST(SUBSTR(a."story", 2) AS INTEGER),
       COALESCE((SELECT b."title" FROM "Article" b WHERE b."story" = a."story" AND b."title" IS NOT NULL
                 ORDER BY b."id" LIMIT 1), 'Story ' || a."story"),
       'suggested', 'automatic story separation'
FROM "Article" a WHERE a."story" IS NOT NULL GROUP BY a."story";
