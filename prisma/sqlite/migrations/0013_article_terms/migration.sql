-- The words and names of each article's story profile, for the story separation to find the stories a new article
-- may join. Rows stored before keep termsIndexed false until the separation indexes them.
ALTER TABLE "Article" ADD COLUMN "termsIndexed" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "ArticleTerm" (
    "articleId" INTEGER NOT NULL,
    "term" TEXT NOT NULL,

    PRIMARY KEY ("articleId", "term"),
    CONSTRAINT "ArticleTerm_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "ArticleTerm_term_idx" ON "ArticleTerm"("term");
