-- CreateTable
CREATE TABLE "GroupAlias" (
    "key" TEXT NOT NULL,
    "targetKey" TEXT NOT NULL,
    "claimKeys" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupAlias_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "GroupAlias_targetKey_idx" ON "GroupAlias"("targetKey");

