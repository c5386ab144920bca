-- How many stored articles carry each story term, so the story separation ranks a new article's terms without
-- counting ArticleTerm rows, counted once here from the rows stored so far.
CREATE TABLE "TermCount" (
    "term" TEXT NOT NULL,
    "articles" INTEGER NOT NULL,
    CONSTRAINT "TermCount_pkey" PRIMARY KEY ("term")
);

INSERT INTO "TermCount" ("term", "articles") SELECT "term", COUNT(*) FROM "ArticleTerm" GROUP BY "term";
