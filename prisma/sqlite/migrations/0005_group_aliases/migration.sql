-- CreateTable
CREATE TABLE "GroupAlias" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "targetKey" TEXT NOT NULL,
    "claimKeys" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "GroupAlias_targetKey_idx" ON "GroupAlias"("targetKey");

